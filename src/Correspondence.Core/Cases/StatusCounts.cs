using Correspondence.Core.Backlog;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Cases;

/// <summary>
/// How many messages each status tab holds, under whatever filters the query already carries
/// (docs/decisions/0011-backlog-aggregates.md). The open statuses are counted exactly: they are the office's backlog, a few
/// percent of all mail, read through the (Status, ReceivedAt, Id) index. Sent and Closed grow for ever (97% of a
/// million messages), so they are counted only up to <see cref="HistoryCap"/>: each costs at most that many index
/// entries, whatever the size of the archive, and the tab shows "1,000+". No counter table to keep in step.
/// </summary>
public static class StatusCounts
{
    public const int HistoryCap = 1000;

    /// <summary>Where mail ends up: a reply sent or the case closed.</summary>
    public static readonly MessageStatus[] History = Enum.GetValues<MessageStatus>().Except(BacklogReport.OpenStatuses).ToArray();

    /// <summary>Count per status; a history status at <see cref="HistoryCap"/> means "at least that many".</summary>
    public static async Task<Dictionary<MessageStatus, int>> CountAsync(IQueryable<InboundMessage> messages, CancellationToken ct)
    {
        var counts = await messages.Where(m => BacklogReport.OpenStatuses.Contains(m.Status))
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        foreach (var status in History)
            counts[status] = await messages.Where(m => m.Status == status).Take(HistoryCap).CountAsync(ct);
        return counts;
    }

    /// <summary>"1,234", or "1,000+" for a capped history count.</summary>
    public static string Label(MessageStatus status, int count) =>
        History.Contains(status) && count >= HistoryCap
            ? $"{HistoryCap.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}+"
            : count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
