using Correspondence.Core.Backlog;

namespace Correspondence.UnitTests.Holding;

/// <summary>The one instant the holding-reply job (and the dashboard's "due soon") compares ReceivedAt with must agree with day-by-day due dates.</summary>
public class HoldingCutoffTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData(UkRegion.EnglandAndWales, "2026-12-18", 15, 3)] // Christmas and Boxing Day inside the window
    [InlineData(UkRegion.Scotland, "2026-11-25", 15, 3)]        // St Andrew's Day (Scotland only)
    [InlineData(UkRegion.NorthernIreland, "2026-03-13", 10, 2)] // St Patrick's Day
    [InlineData(UkRegion.EnglandAndWales, "2026-11-28", 15, 0)] // a Saturday, drafting only on the due day
    [InlineData(UkRegion.EnglandAndWales, "2026-12-31", 10, 3)] // across the new year
    public void LettersBeforeTheCutoff_AreExactlyThoseDueWithinTheWindowOrOverdue(UkRegion region, string todayIso, int target, int before)
    {
        var calendar = new WorkingCalendar(region, London);
        var today = DateOnly.Parse(todayIso, System.Globalization.CultureInfo.InvariantCulture);
        var cutoff = calendar.DueWithinCutoffUtc(today, before, target);
        var dueBy = calendar.AddWorkingDays(today, before);

        var (drafted, total) = (0, 0);
        for (var day = today.AddDays(-60); day <= today; day = day.AddDays(1))
            foreach (var hour in new[] { 0, 9, 23 }) // office midnight, morning and late evening (BST and GMT alike)
            {
                var received = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 30)), London);
                var dueSoonOrOverdue = calendar.ReplyDue(received, target) <= dueBy;
                Assert.True(dueSoonOrOverdue == received < cutoff,
                    $"received {received:u} (due {calendar.ReplyDue(received, target)}), cutoff {cutoff:u}, due by {dueBy}");
                if (dueSoonOrOverdue) drafted++;
                total++;
            }
        Assert.InRange(drafted, 1, total - 1); // the window is neither empty nor everything
    }
}
