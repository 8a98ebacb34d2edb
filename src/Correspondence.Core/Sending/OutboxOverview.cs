using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Sending;

/// <summary>The outbox at a glance for a manager: counts, the pace against the limit, when the queue should be through, and what needs a person.</summary>
public sealed class OutboxOverview(CorrespondenceDbContext db, IOptions<SendingOptions> options, TimeProvider clock)
{
    public sealed record Snapshot(
        IReadOnlyDictionary<OutboxStatus, int> Counts,
        int SentLastMinute, int SentLastHour, int SentLastDay,
        RateLimitOptions Limit, string Account, SendPace? Pace,
        DateTime? QueueDoneBy, IReadOnlyList<OutboundReply> NeedsAPerson);

    public async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await db.Outbox.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byStatus = Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
        var sent = db.Outbox.Where(o => o.Status == OutboxStatus.Sent);
        var minute = await sent.CountAsync(o => o.SentAt > now.AddMinutes(-1), ct);
        var hour = await sent.CountAsync(o => o.SentAt > now.AddHours(-1), ct);
        var day = await sent.CountAsync(o => o.SentAt > now.AddDays(-1), ct);
        var settings = options.Value;
        var pace = await db.SendPaces.AsNoTracking().SingleOrDefaultAsync(p => p.Account == settings.AccountKey, ct);
        // The last reservation already made, or the queue left over at the limit's pace, whichever ends later.
        var latestSlot = await db.Outbox.Where(o => o.Status == OutboxStatus.Queued).MaxAsync(o => o.SlotAt, ct);
        DateTime? doneBy = null;
        var waiting = byStatus[OutboxStatus.Queued];
        if (waiting > 0 && settings.RateLimit.PerMinute > 0)
        {
            var unreserved = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Queued && (o.SlotAt == null || o.SendingAccount == null), ct);
            var from = pace?.NextSlotAt > now ? pace.NextSlotAt : now;
            doneBy = from + settings.RateLimit.Interval * unreserved;
            if (latestSlot > doneBy) doneBy = latestSlot;
        }
        var needs = await db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Failed || o.Status == OutboxStatus.PossiblySent)
            .OrderBy(o => o.Id).Take(200).ToListAsync(ct);
        return new Snapshot(byStatus, minute, hour, day, settings.RateLimit, settings.AccountKey, pace, doneBy, needs);
    }
}
