using System.Linq.Expressions;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Backlog;

/// <summary>
/// Replies sent per office day, and their time to reply in working days per approver and per topic, counted by the
/// database instead of read reply by reply (ADR 0011). For one sent day, "took at most k working days" is "the letter
/// arrived on or after one instant", so a CASE over <see cref="Steps"/> + 1 instants on the outbox row's copy of the
/// letter's receipt time (<see cref="OutboundReply.LetterReceivedAt"/>) sorts each reply into its exact number of working
/// days, and GROUP BY returns a histogram of a few hundred rows per day instead of ~1,200 replies. The rare reply slower
/// than that (or dated oddly) is read on its own and counted exactly, so every median is exact.
/// </summary>
internal sealed class ReplyTimes(CorrespondenceDbContext db, WorkingCalendar calendar)
{
    /// <summary>Working days the CASE resolves; slower replies are read one by one.</summary>
    public const int Steps = 40;
    private const int Outside = -1;

    public sealed record Result(IReadOnlyList<int> RepliedPerDay, List<Throughput> ByCaseworker, List<Throughput> ByTopic);

    /// <summary>A reply's approver, letter and bucket; a class so the CASE can be built as an expression.</summary>
    private sealed class Bucketed
    {
        public string? ApprovedBy { get; init; }
        public long MessageId { get; init; }
        public int Days { get; init; }
    }

    /// <summary>
    /// One sent day's instants, read by EF as query parameters (closure fields), so each query compiles once and runs
    /// for every day with new values.
    /// </summary>
    private sealed class Cuts
    {
        // D{k}: received on or after it, the reply took at most k working days (k = 0..Steps); set through AtLeast.
#pragma warning disable CS0649
        public DateTime D0, D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20,
            D21, D22, D23, D24, D25, D26, D27, D28, D29, D30, D31, D32, D33, D34, D35, D36, D37, D38, D39, D40;
#pragma warning restore CS0649
        public DateTime Start;
        public DateTime End;

        public static readonly System.Reflection.FieldInfo[] AtLeast =
            Enumerable.Range(0, Steps + 1).Select(k => typeof(Cuts).GetField("D" + k)!).ToArray();

        public DateTime Earliest => D40;
    }

    public async Task<Result> ComputeAsync(DateOnly from, DateOnly to, string? topic, CancellationToken ct)
    {
        var days = new WorkingDays(calendar, from, to);
        var cuts = new Cuts();
        var replies = Replies(topic);
        var bucketed = replies.Where(o => o.SentAt >= cuts.Start && o.SentAt < cuts.End).Select(Bucket(cuts));
        var perCaseworker = bucketed.GroupBy(b => new { b.ApprovedBy, b.Days }).Select(g => new { g.Key.ApprovedBy, g.Key.Days, Count = g.Count() });
        var topicOnly = topic == BacklogReport.NoTopic ? null : topic;
        var perTopic = bucketed.Join(db.TopicAssignments, b => b.MessageId, t => t.MessageId, (b, t) => new { t.TopicId, b.Days })
            .Where(x => topicOnly == null || x.TopicId == topicOnly)
            .GroupBy(x => new { x.TopicId, x.Days }).Select(g => new { g.Key.TopicId, g.Key.Days, Count = g.Count() });

        var byCaseworker = new Dictionary<string, Histogram>(StringComparer.Ordinal);
        var byTopic = new Dictionary<string, Histogram>(StringComparer.Ordinal);
        var repliedPerDay = new List<int>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Fill(day, cuts);
            var replied = 0;
            var outside = false;
            foreach (var row in await perCaseworker.ToListAsync(ct))
            {
                replied += row.Count;
                if (row.Days == Outside) outside = true;
                else Add(byCaseworker, row.ApprovedBy ?? "(unknown)", row.Days, row.Count);
            }
            repliedPerDay.Add(replied);
            if (replied == 0) continue;
            foreach (var row in await perTopic.ToListAsync(ct))
                if (row.Days != Outside) Add(byTopic, row.TopicId, row.Days, row.Count);
            if (outside) await AddOutsideAsync(replies, cuts, topicOnly, byCaseworker, byTopic, ct);
        }
        return new Result(repliedPerDay, Summarise(byCaseworker), Summarise(byTopic));
    }

    /// <summary>Full replies (not holding replies, acknowledgements or forwards) whose letter matches the topic filter.</summary>
    private IQueryable<OutboundReply> Replies(string? topic)
    {
        var rows = db.Outbox.AsNoTracking().Where(o => o.Kind == OutboundKind.Reply);
        return topic switch
        {
            null => rows,
            BacklogReport.NoTopic => rows.Where(o => !db.TopicAssignments.Any(t => t.MessageId == o.MessageId)),
            _ => rows.Where(o => db.TopicAssignments.Any(t => t.MessageId == o.MessageId && t.TopicId == topic)),
        };
    }

    /// <summary>Replies of the day the CASE left out (slower than <see cref="Steps"/> working days): counted one by one.</summary>
    private async Task AddOutsideAsync(IQueryable<OutboundReply> replies, Cuts cuts, string? topicOnly,
        Dictionary<string, Histogram> byCaseworker, Dictionary<string, Histogram> byTopic, CancellationToken ct)
    {
        var (start, end, earliest) = (cuts.Start, cuts.End, cuts.Earliest);
        var rows = await replies.Where(o => o.SentAt >= start && o.SentAt < end && (o.LetterReceivedAt >= end || o.LetterReceivedAt < earliest))
            .Select(o => new { o.MessageId, o.ApprovedBy, o.LetterReceivedAt, o.SentAt }).ToListAsync(ct);
        var ids = rows.Select(r => r.MessageId).Distinct().ToList();
        var topics = (await db.TopicAssignments.Where(t => ids.Contains(t.MessageId) && (topicOnly == null || t.TopicId == topicOnly))
            .Select(t => new { t.MessageId, t.TopicId }).ToListAsync(ct)).ToLookup(t => t.MessageId, t => t.TopicId);
        foreach (var r in rows)
        {
            var took = calendar.WorkingDaysBetween(calendar.LocalDate(r.LetterReceivedAt), calendar.LocalDate(r.SentAt!.Value));
            Add(byCaseworker, r.ApprovedBy ?? "(unknown)", took, 1);
            foreach (var t in topics[r.MessageId]) Add(byTopic, t, took, 1);
        }
    }

    /// <summary>o => new Bucketed { ..., Days = received >= End ? -1 : received >= D0 ? 0 : ... : received >= D40 ? 40 : -1 } (a flat CASE in SQL).</summary>
    private static Expression<Func<OutboundReply, Bucketed>> Bucket(Cuts cuts)
    {
        var o = Expression.Parameter(typeof(OutboundReply), "o");
        var received = Expression.Property(o, nameof(OutboundReply.LetterReceivedAt));
        var holder = Expression.Constant(cuts);
        Expression days = Expression.Constant(Outside);
        for (var k = Steps; k >= 0; k--)
            days = Expression.Condition(Expression.GreaterThanOrEqual(received, Expression.Field(holder, Cuts.AtLeast[k])), Expression.Constant(k), days);
        days = Expression.Condition(Expression.GreaterThanOrEqual(received, Expression.Field(holder, nameof(Cuts.End))), Expression.Constant(Outside), days);
        var body = Expression.MemberInit(Expression.New(typeof(Bucketed)),
            Expression.Bind(typeof(Bucketed).GetProperty(nameof(Bucketed.ApprovedBy))!, Expression.Property(o, nameof(OutboundReply.ApprovedBy))),
            Expression.Bind(typeof(Bucketed).GetProperty(nameof(Bucketed.MessageId))!, Expression.Property(o, nameof(OutboundReply.MessageId))),
            Expression.Bind(typeof(Bucketed).GetProperty(nameof(Bucketed.Days))!, days));
        return Expression.Lambda<Func<OutboundReply, Bucketed>>(body, o);
    }

    private static void Add(Dictionary<string, Histogram> into, string name, int days, int count)
    {
        if (!into.TryGetValue(name, out var histogram)) into[name] = histogram = new Histogram();
        histogram.Add(days, count);
    }

    private static List<Throughput> Summarise(Dictionary<string, Histogram> groups) => groups
        .Select(g => new Throughput(g.Key, g.Value.Count, g.Value.Median()))
        .OrderByDescending(t => t.Replies).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>How many replies took each number of working days; the median as if the values were sorted.</summary>
    private sealed class Histogram
    {
        private readonly SortedDictionary<int, int> _counts = [];
        public int Count { get; private set; }

        public void Add(int days, int count)
        {
            _counts[days] = _counts.GetValueOrDefault(days) + count;
            Count += count;
        }

        public double Median()
        {
            if (Count == 0) return 0;
            var mid = Count / 2;
            return Count % 2 == 1 ? At(mid) : (At(mid - 1) + At(mid)) / 2.0;
        }

        /// <summary>The value at a position of the sorted values.</summary>
        private int At(int position)
        {
            foreach (var (days, count) in _counts)
            {
                if (position < count) return days;
                position -= count;
            }
            throw new ArgumentOutOfRangeException(nameof(position));
        }
    }

    /// <summary>
    /// A running count of working days from well before the period (at least <see cref="Steps"/> + 1 working days) to
    /// its end, so each sent day's instants are found by index, not by walking the calendar again.
    /// </summary>
    private sealed class WorkingDays
    {
        private readonly WorkingCalendar _calendar;
        private readonly DateOnly _first;
        private readonly int[] _running; // _running[i]: working days after _first up to and including _first + i
        private readonly int[] _firstWith; // _firstWith[v]: the first day offset whose running count is v

        public WorkingDays(WorkingCalendar calendar, DateOnly from, DateOnly to)
        {
            _calendar = calendar;
            _first = from;
            for (var found = 0; found <= Steps + 1; _first = _first.AddDays(-1))
                if (calendar.IsWorkingDay(_first)) found++;
            _running = new int[to.DayNumber - _first.DayNumber + 1];
            for (var i = 1; i < _running.Length; i++)
                _running[i] = _running[i - 1] + (calendar.IsWorkingDay(_first.AddDays(i)) ? 1 : 0);
            _firstWith = new int[_running[^1] + 1];
            for (var i = _running.Length - 1; i >= 0; i--) _firstWith[_running[i]] = i;
        }

        public void Fill(DateOnly sent, Cuts cuts)
        {
            var j = sent.DayNumber - _first.DayNumber;
            cuts.Start = _calendar.StartOfDayUtc(sent);
            cuts.End = _calendar.StartOfDayUtc(sent.AddDays(1));
            // At most k working days: received on or after the first day whose running count is k short of the sent day's.
            for (var k = 0; k <= Steps; k++)
                Cuts.AtLeast[k].SetValue(cuts, _calendar.StartOfDayUtc(_first.AddDays(_firstWith[_running[j] - k])));
        }
    }
}
