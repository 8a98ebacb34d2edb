using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PublicHoliday;

namespace Correspondence.Core.Backlog;

/// <summary>
/// Working days of the office: not Saturday, Sunday or a bank holiday of its UK region (PublicHoliday knows the
/// substitute days and one-off holidays), with days starting at midnight on the office's clock, not UTC's.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly UKBankHoliday _holidays;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _byYear = new();

    public WorkingCalendar(UkRegion region, TimeZoneInfo zone)
    {
        Region = region;
        Zone = zone;
        _holidays = new UKBankHoliday(region switch
        {
            UkRegion.Scotland => UKBankHoliday.UkCountries.Scotland,
            UkRegion.NorthernIreland => UKBankHoliday.UkCountries.NorthernIreland,
            _ => UKBankHoliday.UkCountries.England,
        });
    }

    public WorkingCalendar(IOptions<BacklogOptions> options)
        : this(options.Value.Region, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)) { }

    public UkRegion Region { get; }
    public TimeZoneInfo Zone { get; }

    public bool IsBankHoliday(DateOnly day) =>
        _byYear.GetOrAdd(day.Year, y => _holidays.PublicHolidays(y).Select(DateOnly.FromDateTime).ToHashSet()).Contains(day);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(day);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="start"/> (which itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        for (var added = 0; added < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) added++;
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The office's calendar date at a UTC instant.</summary>
    public DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>The UTC instant of the office's midnight that starts <paramref name="day"/>.</summary>
    public DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    /// <summary>The last day a reply is on time: received date (office clock) plus the target in working days.</summary>
    public DateOnly ReplyDue(DateTime receivedUtc, int targetWorkingDays) =>
        AddWorkingDays(LocalDate(receivedUtc), targetWorkingDays);

    /// <summary>
    /// The earliest received date whose reply is due on or after <paramref name="dueOnOrAfter"/>: anything received
    /// before it is due earlier. Lets a database count by ReceivedAt instead of computing a due date per row.
    /// </summary>
    public DateOnly EarliestReceivedDueOnOrAfter(DateOnly dueOnOrAfter, int targetWorkingDays)
    {
        // Received on day d is due on the target-th working day after d; step back from the due day.
        var day = dueOnOrAfter;
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        var received = day;
        for (var back = 0; back < targetWorkingDays;)
        {
            received = received.AddDays(-1);
            if (IsWorkingDay(received)) back++;
        }
        // Received on that working day: due exactly on `day`. Any earlier day (even a weekend just before) is due earlier.
        return received;
    }

    /// <summary>
    /// The UTC instant before which a message received is due within <paramref name="workingDays"/> working days of
    /// <paramref name="today"/>, or already overdue: "due soon" on the dashboard, "draft a holding reply" for the job.
    /// </summary>
    public DateTime DueWithinCutoffUtc(DateOnly today, int workingDays, int targetWorkingDays) =>
        StartOfDayUtc(EarliestReceivedDueOnOrAfter(AddWorkingDays(today, workingDays).AddDays(1), targetWorkingDays));

    /// <summary>Anything received (office clock) before the returned day is at least <paramref name="workingDays"/> working days old on <paramref name="today"/>.</summary>
    public DateOnly ReceivedBeforeIsAtLeast(DateOnly today, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = today.AddDays(1);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }
}
