using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Backlog;

/// <summary>
/// Computes the dashboard with a handful of aggregate queries, each served by an index (see
/// docs/decisions/0011-backlog-aggregates.md): open items are counted by status and by "received before" cut-offs
/// (working-day thresholds turned into instants), flows are grouped by UTC hour in the database and folded into
/// office days here, and only the period's replies are read row by row for medians.
/// </summary>
public sealed class BacklogReports(CorrespondenceDbContext db, WorkingCalendar calendar, IOptions<BacklogOptions> options,
    TimeProvider clock, IMemoryCache cache)
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

        // "MessageId IN (open ids)": the planner walks the few open messages and probes their topics, where a join made
        // SQLite scan every topic row (its statistics take IN over eleven statuses for most of the table).
        var openIds = open.Select(m => m.Id);
        var topicRows = await db.TopicAssignments.Where(t => openIds.Contains(t.MessageId)).GroupBy(t => t.TopicId)
            .Select(g => new { Topic = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTopic = topicRows.Select(t => new Tally(t.Topic, t.Count)).OrderByDescending(t => t.Count).ToList();
        var withoutTopic = filter.Topic is null ? await open.CountAsync(m => !m.Topics.Any(), ct) : 0;
        if (withoutTopic > 0) byTopic.Add(new Tally(BacklogReport.NoTopic, withoutTopic));

        var oldestRows = await open.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).Take(10)
            .Select(m => new { m.Id, m.CaseId, m.ReceivedAt, m.Status, m.Subject }).ToListAsync(ct);
        var oldest = oldestRows.Select(m => new OldItem(m.Id, m.CaseId, m.ReceivedAt, m.Status, m.Subject,
            calendar.WorkingDaysBetween(calendar.LocalDate(m.ReceivedAt), today), calendar.ReplyDue(m.ReceivedAt, target))).ToList();

        var (daily, weekly) = await FlowsAsync(filter, ct);
        var (byCaseworker, byTopicPerformance) = await ThroughputAsync(filter, ct);

        return new BacklogReport(now, today, filter, target, settings.DueSoonWorkingDays, settings.Region, total,
            ReceivedBefore(pastCut), ReceivedBefore(soonCut) - ReceivedBefore(pastCut), byStatus, byTopic, ages,
            daily, weekly, byCaseworker, byTopicPerformance, oldest);
    }

    /// <summary>Messages received and replies sent per office day of the period, and per week (Monday start).</summary>
    private async Task<(List<Flow> Daily, List<Flow> Weekly)> FlowsAsync(BacklogFilter filter, CancellationToken ct)
    {
        // One range count per office day and direction, each read from an index (Messages.ReceivedAt,
        // Outbox.SentAt...): a few thousand index entries a day, no date functions per row (grouping by hour with
        // strftime cost ~90 ms at a million messages), and the office-midnight boundaries are exact.
        var received = Filtered(db.Messages.AsNoTracking(), filter);
        var replies = db.Outbox.AsNoTracking().AsQueryable();
        if (filter.Topic is { } topic)
            replies = replies.Where(o => db.TopicAssignments.Any(t => t.MessageId == o.MessageId && t.TopicId == topic));
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
        return (daily, weekly);
    }

    /// <summary>Replies sent in the period per approver and per topic, with the median working days from receipt to sending.</summary>
    private async Task<(List<Throughput> ByCaseworker, List<Throughput> ByTopic)> ThroughputAsync(BacklogFilter filter, CancellationToken ct)
    {
        var (start, end) = (calendar.StartOfDayUtc(filter.From), calendar.StartOfDayUtc(filter.To.AddDays(1)));
        var replies = db.Outbox.AsNoTracking().Where(o => o.SentAt >= start && o.SentAt < end);
        if (filter.Topic is { } topic)
            replies = replies.Where(o => db.TopicAssignments.Any(t => t.MessageId == o.MessageId && t.TopicId == topic));
        // The period's replies with their message's receipt time read once; their topics come from the
        // (MessageId, TopicId) index alone and are joined here, rather than joining messages a second time in SQL.
        var rows = await replies.Join(db.Messages, o => o.MessageId, m => m.Id, (o, m) => new { o.MessageId, o.ApprovedBy, o.SentAt, m.ReceivedAt })
            .ToListAsync(ct);
        var topics = await db.TopicAssignments.Where(t => replies.Select(o => o.MessageId).Contains(t.MessageId))
            .Where(t => filter.Topic == null || t.TopicId == filter.Topic)
            .Select(t => new { t.MessageId, t.TopicId }).ToListAsync(ct);
        var repliesTo = rows.ToLookup(r => r.MessageId);
        var topicRows = topics.SelectMany(t => repliesTo[t.MessageId].Select(r => (t.TopicId, r.SentAt, r.ReceivedAt))).ToList();

        var earliest = rows.Count == 0 ? filter.From : calendar.LocalDate(rows.Min(r => r.ReceivedAt));
        var index = new WorkingDayIndex(calendar, earliest, filter.To);
        var byCaseworker = rows.GroupBy(r => r.ApprovedBy ?? "(unknown)")
            .Select(g => new Throughput(g.Key, g.Count(), Median(g.Select(r => index.Between(r.ReceivedAt, r.SentAt!.Value)))))
            .OrderByDescending(t => t.Replies).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var byTopic = topicRows.GroupBy(r => r.TopicId)
            .Select(g => new Throughput(g.Key, g.Count(), Median(g.Select(r => index.Between(r.ReceivedAt, r.SentAt!.Value)))))
            .OrderByDescending(t => t.Replies).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        return (byCaseworker, byTopic);
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

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /// <summary>
    /// Working days between two instants: a running count of working days over the dates involved, and each office
    /// midnight as a UTC instant, so an instant's office day is a binary search (converting every reply's two times
    /// through TimeZoneInfo cost ~200 ms for the 35,000 replies of four weeks at a million messages).
    /// </summary>
    private sealed class WorkingDayIndex
    {
        private readonly WorkingCalendar _calendar;
        private readonly DateOnly _first;
        private readonly int[] _running;
        private readonly long[] _midnights; // _midnights[i] = start of office day _first + i, UTC ticks

        public WorkingDayIndex(WorkingCalendar calendar, DateOnly first, DateOnly last)
        {
            (_calendar, _first) = (calendar, first);
            _running = new int[Math.Max(1, last.DayNumber - first.DayNumber + 2)];
            _midnights = new long[_running.Length + 1];
            for (var i = 0; i < _midnights.Length; i++) _midnights[i] = calendar.StartOfDayUtc(first.AddDays(i)).Ticks;
            for (var i = 1; i < _running.Length; i++)
                _running[i] = _running[i - 1] + (calendar.IsWorkingDay(first.AddDays(i)) ? 1 : 0);
        }

        public int Between(DateTime fromUtc, DateTime toUtc)
        {
            var (i, j) = (DayIndex(fromUtc), DayIndex(toUtc));
            return i >= 0 && j < _running.Length && j >= i
                ? _running[j] - _running[i]
                : _calendar.WorkingDaysBetween(_calendar.LocalDate(fromUtc), _calendar.LocalDate(toUtc));
        }

        /// <summary>The office day of an instant as an offset from the first day; -1 before it, past the end after it.</summary>
        private int DayIndex(DateTime utc)
        {
            var at = Array.BinarySearch(_midnights, utc.Ticks);
            return at >= 0 ? at : ~at - 1;
        }
    }
}
