using System.Globalization;
using Correspondence.Core.Backlog;
using Correspondence.Core.Cases;

namespace Correspondence.Web.Pages.Backlog;

/// <summary>The dashboard's query string, checked: a bad value is reported and replaced by the default, never guessed at.</summary>
public sealed class BacklogFilterForm
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Topic { get; set; }
    public string? Status { get; set; }

    public (BacklogFilter Filter, List<string> Problems) Resolve(BacklogFilter fallback, IReadOnlyCollection<string> topics)
    {
        var problems = new List<string>();
        var from = ParseDate(From, "From", fallback.From, problems);
        var to = ParseDate(To, "To", fallback.To, problems);
        if (from > to)
        {
            problems.Add($"The period starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}); showing the last four weeks.");
            (from, to) = (fallback.From, fallback.To);
        }
        else if (to.DayNumber - from.DayNumber + 1 > BacklogFilter.MaxPeriodDays)
        {
            problems.Add($"A period can be at most {BacklogFilter.MaxPeriodDays} days; showing the {BacklogFilter.MaxPeriodDays} days to {to:yyyy-MM-dd}.");
            from = to.AddDays(1 - BacklogFilter.MaxPeriodDays);
        }
        string? topic = null;
        if (!string.IsNullOrEmpty(Topic))
        {
            if (Topic == BacklogReport.NoTopic || topics.Contains(Topic)) topic = Topic;
            else problems.Add($"There is no topic '{Topic}'; showing every topic.");
        }
        MessageStatus? status = null;
        if (!string.IsNullOrEmpty(Status))
        {
            if (Enum.TryParse<MessageStatus>(Status, ignoreCase: false, out var s) && BacklogReport.OpenStatuses.Contains(s)) status = s;
            else problems.Add($"'{Status}' is not an open status; showing every open status.");
        }
        return (new BacklogFilter(from, to, topic, status), problems);
    }

    private static DateOnly ParseDate(string? value, string name, DateOnly fallback, List<string> problems)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        problems.Add($"{name} '{value}' is not a date like 2026-11-30; using {fallback:yyyy-MM-dd}.");
        return fallback;
    }

    /// <summary>The query string for links that keep the current filter (export, weekly report).</summary>
    public static Dictionary<string, string?> RouteValues(BacklogFilter filter) => new()
    {
        ["from"] = filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["topic"] = filter.Topic,
        ["status"] = filter.Status?.ToString(),
    };
}
