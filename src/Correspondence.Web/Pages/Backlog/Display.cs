using System.Globalization;

namespace Correspondence.Web.Pages.Backlog;

internal static class Display
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A UTC instant as the office reads it.</summary>
    public static string Uk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
