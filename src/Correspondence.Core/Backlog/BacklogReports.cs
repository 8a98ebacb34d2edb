using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Holding;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Backlog;

/// <summary>
/// Computes the dashboard with a handful of aggregate queries, each served by an index (see
/// docs/decisions/0011-backlog-aggregates.md): open items are counted by status and by "received before" cut-offs
/// (working-day thresholds turned into instants), flows are counted per office day, and the times to reply are counted
/// per day in the database as histograms (<see cref="ReplyTimes"/>). The parts that do not depend on each other run
/// side by side, each on a pooled context of its own (ADR 0011 revision 3): the open items on the request's context,
/// the times to reply (per caseworker and per topic) and the flows on others.
/// </summary>
public sealed class BacklogReports(CorrespondenceDbContext db, IDbContextFactory<CorrespondenceDbContext> contexts, WorkingCalendar calendar,
    IOptions<BacklogOptions> options, TimeProvider clock, IMemoryCache cache)
{
    public static readonly int[] AgeEdges = [6, 11, 16, 21];

    public DateOnly Today => calendar.LocalDate(clock.GetUtcNow().UtcDateTime);

    /// <summary>The default period: the last four weeks up to today (office clock).</summary>
    public BacklogFilter DefaultFilter() => new(Today.AddDays(-27), Today);

    public async Task<BacklogReport> GetAsync(BacklogFilter filter, CancellationToken ct)
    {
        var seconds = options.Value.CacheSeconds;
        if (seconds == 0) return await ComputeAsync(filter, ct);
        // A short reuse: a manager refreshing, or several looking at once, costs one computation per filter.
        var key = $"backlog:{Today:yyyyMMdd}:{filter.Key}";
        if (cache.TryGetValue(key, out BacklogReport? hit) && hit is not null) return hit;
        var report = await ComputeAsync(filter, ct);
        cache.Set(key, report, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds), Size = 1 });
        return report;
    }

    public async Task<BacklogReport> ComputeAsync(BacklogFilter filter, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = calendar.LocalDate(now);
        var target = settings.ReplyTargetWorkingDays;

        // Every threshold as "received before this instant": age buckets, past target, due soon.
        var pastCut = calendar.StartOfDayUtc(calendar.EarliestReceivedDueOnOrAfter(today, target));
        var soonCut = calendar.DueWithinCutoffUtc(today, settings.DueSoonWorkingDays, target);
        var ageCuts = AgeEdges.Select(k => calendar.StartOfDayUtc(calendar.ReceivedBeforeIsAtLeast(today, k))).ToArray();
        var cuts = ageCuts.Append(pastCut).Append(soonCut).Distinct().Order().ToArray();
        while (cuts.Length < 6) cuts = cuts.Append(DateTime.MaxValue).ToArray();
        var (c0, c1, c2, c3, c4, c5) = (cuts[0], cuts[1], cuts[2], cuts[3], cuts[4], cuts[5]);

        // Read-only parts that share nothing: each starts on its own context, and this one carries on with the open items.
        var (periodStart, periodEnd) = (calendar.StartOfDayUtc(filter.From), calendar.StartOfDayUtc(filter.To.AddDays(1)));
        var timesTask = new ReplyTimes(contexts, calendar).ComputeAsync(filter.From, filter.To, filter.Topic, ct);
        var flowsTask = contexts.ReadAsideAsync(c => FlowsAsync(c, filter, periodStart, periodEnd, ct), ct);

        var open = OpenItems(filter);
        var segments = await open
            .GroupBy(m => new
            {
                m.Status,
                Segment = m.ReceivedAt < c0 ? 0 : m.ReceivedAt < c1 ? 1 : m.ReceivedAt < c2 ? 2 : m.ReceivedAt < c3 ? 3 : m.ReceivedAt < c4 ? 4 : m.ReceivedAt < c5 ? 5 : 6,
            })
            .Select(g => new { g.Key.Status, g.Key.Segment, Count = g.Count() })
            .ToListAsync(ct);
        int ReceivedBefore(DateTime cut) => segments.Where(s => s.Segment < Array.IndexOf(cuts, cut) + 1).Sum(s => s.Count);
        var total = segments.Sum(s => s.Count);

        var ages = new List<Tally>();
        var older = ageCuts.Select(ReceivedBefore).ToArray(); // at least 6, 11, 16, 21 working days old
        ages.Add(new Tally($"0–{AgeEdges[0] - 1}", total - older[0]));
        for (var i = 0; i < AgeEdges.Length - 1; i++)
            ages.Add(new Tally($"{AgeEdges[i]}–{AgeEdges[i + 1] - 1}", older[i] - older[i + 1]));
        ages.Add(new Tally($"{AgeEdges[^1]}+", older[^1]));

        var byStatus = segments.GroupBy(s => s.Status).Select(g => new Tally(g.Key.ToString(), g.Sum(s => s.Count)))
            .OrderByDescending(t => t.Count).ToList();

        // One pass over the open messages, each probing its topics on TopicAssignments(MessageId, TopicId); the letters
        // without a topic come back as the NULL group (was a second pass with NOT EXISTS: ~45 ms at a million messages).
        var topicRows = await (from m in open
                               from t in db.TopicAssignments.Where(t => t.MessageId == m.Id).DefaultIfEmpty()
                               group m by (string?)t!.TopicId into g
                               select new { Topic = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTopic = topicRows.Where(t => t.Topic is not null).Select(t => new Tally(t.Topic!, t.Count)).OrderByDescending(t => t.Count).ToList();
        var withoutTopic = topicRows.Where(t => t.Topic is null).Sum(t => t.Count);
        if (withoutTopic > 0) byTopic.Add(new Tally(BacklogReport.NoTopic, withoutTopic));

        var oldestRows = await open.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).Take(10)
            .Select(m => new { m.Id, m.CaseId, m.ReceivedAt, m.Status, m.Subject }).ToListAsync(ct);
        var oldest = oldestRows.Select(m => new OldItem(m.Id, m.CaseId, m.ReceivedAt, m.Status, m.Subject,
            calendar.WorkingDaysBetween(calendar.LocalDate(m.ReceivedAt), today), calendar.ReplyDue(m.ReceivedAt, target))).ToList();

        // Holding replies (ADR 0015): open letters with one drafted and awaiting approval, and open letters that have had
        // one approved (sent or about to be: still owed their full reply).
        var awaiting = await open.CountAsync(m => db.HoldingReplies.Any(h => h.MessageId == m.Id && h.Status == HoldingStatus.Drafted), ct);
        var approved = await open.CountAsync(m => db.HoldingReplies.Any(h => h.MessageId == m.Id && h.Status == HoldingStatus.Approved), ct);

        // Only full replies answer a letter: a holding reply, an acknowledgement or a forward is not its reply, so
        // none of them counts as "replied" or in the time to reply (the send job leaves the letter open after them).
        var times = await timesTask;
        var (daily, weekly, holdingSent) = await flowsTask;

        return new BacklogReport(now, today, filter, target, settings.DueSoonWorkingDays, settings.Region, total,
            ReceivedBefore(pastCut), ReceivedBefore(soonCut) - ReceivedBefore(pastCut), byStatus, byTopic, ages,
            daily, weekly, times.ByCaseworker, times.ByTopic, oldest, new HoldingFigures(awaiting, approved, holdingSent));
    }

    /// <summary>
    /// Messages received and full replies sent per office day of the period, and per week (Monday start); and the holding
    /// replies sent in the period.
    /// </summary>
    private async Task<(List<Flow> Daily, List<Flow> Weekly, int HoldingSent)> FlowsAsync(CorrespondenceDbContext context, BacklogFilter filter,
        DateTime periodStart, DateTime periodEnd, CancellationToken ct)
    {
        // One range count per office day and direction, each read from an index (Messages.ReceivedAt, Outbox(Kind,
        // SentAt...)): a few thousand index entries a day, no date functions per row (grouping by hour with strftime
        // cost ~90 ms at a million messages), and the office-midnight boundaries are exact.
        var received = Filtered(context.Messages.AsNoTracking(), filter);
        var replies = ReplyTimes.Replies(context, filter.Topic);
        var daily = new List<Flow>();
        for (var d = filter.From; d <= filter.To; d = d.AddDays(1))
        {
            var (start, end) = (calendar.StartOfDayUtc(d), calendar.StartOfDayUtc(d.AddDays(1)));
            var inflow = await received.CountAsync(m => m.ReceivedAt >= start && m.ReceivedAt < end, ct);
            var outflow = await replies.CountAsync(o => o.SentAt >= start && o.SentAt < end, ct);
            daily.Add(new Flow(d, inflow, outflow));
        }
        var weekly = daily.GroupBy(d => d.Start.AddDays(-(((int)d.Start.DayOfWeek + 6) % 7)))
            .Select(w => new Flow(w.Key, w.Sum(d => d.Received), w.Sum(d => d.Replied))).ToList();
        var holdingSent = await ReplyTimes.Outbound(context, OutboundKind.Holding, filter.Topic)
            .CountAsync(o => o.SentAt >= periodStart && o.SentAt < periodEnd, ct);
        return (daily, weekly, holdingSent);
    }

    /// <summary>Messages still waiting for an answer that match the filter's topic and status (the period does not apply).</summary>
    public IQueryable<InboundMessage> OpenItems(BacklogFilter filter)
    {
        var open = Filtered(db.Messages.AsNoTracking().Where(m => BacklogReport.OpenStatuses.Contains(m.Status)), filter);
        return filter.Status is { } status ? open.Where(m => m.Status == status) : open;
    }

    /// <summary>Applies the topic filter; "(no topic)" means messages no topic was given to.</summary>
    private static IQueryable<InboundMessage> Filtered(IQueryable<InboundMessage> messages, BacklogFilter filter) => filter.Topic switch
    {
        null => messages,
        BacklogReport.NoTopic => messages.Where(m => !m.Topics.Any()),
        var topic => messages.Where(m => m.Topics.Any(t => t.TopicId == topic)),
    };
}
