using Correspondence.Core.Backlog;

namespace Correspondence.UnitTests.Backlog;

public class WorkingCalendarTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static WorkingCalendar Calendar(UkRegion region) => new(region, London);
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday + 1 = Monday
    [InlineData("2026-11-28", 1, "2026-11-30")] // received on a Saturday: Monday is the first working day after it
    [InlineData("2026-11-29", 5, "2026-12-04")]
    [InlineData("2026-11-27", 15, "2026-12-18")] // the default target: three weeks
    [InlineData("2026-11-27", 0, "2026-11-27")]
    public void AddWorkingDays_Weekends_AreSkipped(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar(UkRegion.EnglandAndWales).AddWorkingDays(D(start), days));

    [Theory]
    // St Andrew's Day (Scotland only): Monday 30 November 2026.
    [InlineData(UkRegion.Scotland, "2026-11-27", 1, "2026-12-01")]
    [InlineData(UkRegion.EnglandAndWales, "2026-11-27", 1, "2026-11-30")]
    // St Andrew's Day on a Sunday (2025): the substitute is Monday 1 December, in Scotland only.
    [InlineData(UkRegion.Scotland, "2025-11-28", 1, "2025-12-02")]
    [InlineData(UkRegion.EnglandAndWales, "2025-11-28", 1, "2025-12-01")]
    // 2 January (Scotland only): Friday 2 January 2026.
    [InlineData(UkRegion.Scotland, "2025-12-31", 1, "2026-01-05")]
    [InlineData(UkRegion.EnglandAndWales, "2025-12-31", 1, "2026-01-02")]
    // St Patrick's Day (Northern Ireland only): Tuesday 17 March 2026; on a Sunday in 2024, so Monday 18 March.
    [InlineData(UkRegion.NorthernIreland, "2026-03-16", 1, "2026-03-18")]
    [InlineData(UkRegion.EnglandAndWales, "2026-03-16", 1, "2026-03-17")]
    [InlineData(UkRegion.NorthernIreland, "2024-03-15", 1, "2024-03-19")]
    // Battle of the Boyne (Northern Ireland only): 12 July 2026 is a Sunday, so Monday 13 July.
    [InlineData(UkRegion.NorthernIreland, "2026-07-10", 1, "2026-07-14")]
    [InlineData(UkRegion.EnglandAndWales, "2026-07-10", 1, "2026-07-13")]
    // Easter Monday is a holiday in England, Wales and Northern Ireland, not in Scotland (6 April 2026).
    [InlineData(UkRegion.EnglandAndWales, "2026-04-02", 1, "2026-04-07")]
    [InlineData(UkRegion.NorthernIreland, "2026-04-02", 1, "2026-04-07")]
    [InlineData(UkRegion.Scotland, "2026-04-02", 1, "2026-04-06")]
    // Summer bank holiday: first Monday of August in Scotland (3 Aug 2026), last Monday elsewhere (31 Aug 2026).
    [InlineData(UkRegion.Scotland, "2026-07-31", 1, "2026-08-04")]
    [InlineData(UkRegion.EnglandAndWales, "2026-08-28", 1, "2026-09-01")]
    public void AddWorkingDays_RegionalBankHolidays_AreSkipped(UkRegion region, string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar(region).AddWorkingDays(D(start), days));

    [Theory]
    // Christmas 2026 is a Friday: Boxing Day's substitute is Monday 28 December. New Year's Day 2027 is a Friday.
    [InlineData(UkRegion.EnglandAndWales, "2026-12-23", 3, "2026-12-30")]
    [InlineData(UkRegion.EnglandAndWales, "2026-12-23", 5, "2027-01-04")]
    // 2 January 2027 is a Saturday: Scotland's substitute is Monday 4 January.
    [InlineData(UkRegion.Scotland, "2026-12-23", 5, "2027-01-05")]
    [InlineData(UkRegion.EnglandAndWales, "2026-12-14", 15, "2027-01-07")]
    [InlineData(UkRegion.Scotland, "2026-12-14", 15, "2027-01-08")]
    // Christmas 2021 fell on a Saturday: both substitutes (27 and 28 December) are holidays.
    [InlineData(UkRegion.EnglandAndWales, "2021-12-24", 1, "2021-12-29")]
    public void AddWorkingDays_AcrossYearEnd_CountsBothYearsHolidays(UkRegion region, string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar(region).AddWorkingDays(D(start), days));

    [Fact]
    public void WorkingDaysBetween_AcrossYearEnd_CountsOnlyWorkingDays()
    {
        var calendar = Calendar(UkRegion.EnglandAndWales);
        // 24, 29, 30, 31 December 2026 and 4, 5, 6 January 2027.
        Assert.Equal(7, calendar.WorkingDaysBetween(D("2026-12-23"), D("2027-01-06")));
        Assert.Equal(-7, calendar.WorkingDaysBetween(D("2027-01-06"), D("2026-12-23")));
        Assert.Equal(0, calendar.WorkingDaysBetween(D("2026-11-27"), D("2026-11-29")));
    }

    [Theory]
    // British Summer Time: 23:30 UTC on 30 June is 00:30 on 1 July in the office, so the clock starts a day later.
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01", "2026-07-02")]
    [InlineData("2026-06-30T22:59:59Z", "2026-06-30", "2026-07-01")]
    // Winter (GMT): UTC and the office agree.
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31", "2027-01-04")]
    [InlineData("2027-01-01T00:00:00Z", "2027-01-01", "2027-01-04")]
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    [InlineData("2026-03-28T23:59:00Z", "2026-03-28", "2026-03-30")]
    [InlineData("2026-03-29T23:00:00Z", "2026-03-30", "2026-03-31")]
    public void ReplyDue_UsesTheOfficesMidnightNotUtcs(string receivedUtc, string localDate, string dueAfterOneDay)
    {
        var calendar = Calendar(UkRegion.EnglandAndWales);
        var received = DateTime.Parse(receivedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(D(localDate), calendar.LocalDate(received));
        Assert.Equal(D(dueAfterOneDay), calendar.ReplyDue(received, 1));
    }

    [Fact]
    public void StartOfDayUtc_IsTheOfficesMidnight_InSummerAndWinter()
    {
        var calendar = Calendar(UkRegion.EnglandAndWales);
        Assert.Equal(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), calendar.StartOfDayUtc(D("2026-07-01")));
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), calendar.StartOfDayUtc(D("2027-01-01")));
        Assert.Equal(new DateTime(2026, 3, 29, 0, 0, 0, DateTimeKind.Utc), calendar.StartOfDayUtc(D("2026-03-29")));
        Assert.Equal(new DateTime(2026, 3, 29, 23, 0, 0, DateTimeKind.Utc), calendar.StartOfDayUtc(D("2026-03-30")));
    }

    [Theory]
    [InlineData(UkRegion.EnglandAndWales)]
    [InlineData(UkRegion.Scotland)]
    [InlineData(UkRegion.NorthernIreland)]
    public void Thresholds_AgreeWithCountingDayByDay_OverTwoYears(UkRegion region)
    {
        // The dashboard counts by "received before day X" instead of computing a due date per row; the two must agree.
        var calendar = Calendar(region);
        foreach (var target in new[] { 1, 3, 15 })
        {
            for (var today = D("2025-11-01"); today <= D("2027-02-01"); today = today.AddDays(1))
            {
                var dueCut = calendar.EarliestReceivedDueOnOrAfter(today, target);
                var ageCut = calendar.ReceivedBeforeIsAtLeast(today, target);
                for (var received = today.AddDays(-40); received <= today; received = received.AddDays(1))
                {
                    Assert.Equal(calendar.AddWorkingDays(received, target) < today, received < dueCut);
                    Assert.Equal(calendar.WorkingDaysBetween(received, today) >= target, received < ageCut);
                }
            }
        }
    }

    [Fact]
    public void Options_DueSoonNotBelowTarget_AndUnknownZone_AreRefusedWithTheKey()
    {
        var options = new BacklogOptions { ReplyTargetWorkingDays = 5, DueSoonWorkingDays = 5, TimeZone = "Mars/Olympus" };
        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.ErrorMessage).ToList();
        Assert.Contains(problems, p => p!.Contains("Backlog:DueSoonWorkingDays", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.Contains("Backlog:TimeZone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Empty(new BacklogOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(new BacklogOptions())));
    }
}
