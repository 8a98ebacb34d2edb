using System.Linq.Expressions;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Backlog;

/// <summary>
/// Time to reply in working days per approver and per topic, counted by the database instead of read reply by reply
/// (ADR 0011). For the replies sent on one office day, "took at most k working days" is "the letter arrived on or after
/// one instant", so a CASE over <see cref="Steps"/> + 1 instants on the outbox row's copy of the letter's receipt time
/// (<see cref="OutboundReply.LetterReceivedAt"/>, read from an index) gives each reply its exact number of working days,
/// and GROUP BY returns a histogram of a few dozen rows instead of ~1,200 replies a day. A weekend or bank holiday has
/// the instants of the working day before it, so it is counted with that day. Slower replies are counted in one
/// "more" bucket; only if a median falls there are that group's replies read one by one, so every median is exact.
/// The per-caseworker and per-topic passes share nothing and run side by side, each on a pooled context of its own.
/// </summary>
internal sealed class ReplyTimes(IDbContextFactory<CorrespondenceDbContext> contexts, WorkingCalendar calendar)
{
    /// <summary>Working days the CASE tells apart; a median beyond them is computed from the replies themselves.</summary>
    public const int Steps = 20;
    private const int Later = -1;         // received after the day it was answered (a clock error): sorts before 0
    private const int Slower = Steps + 1; // more than Steps working days

    public sealed record Result(List<Throughput> ByCaseworker, List<Throughput> ByTopic);

    /// <summary>A reply's approver, letter and working days; a class so the CASE can be built as an expression.</summary>
    private sealed class Bucketed
    {
        public string? ApprovedBy { get; init; }
        public long MessageId { get; init; }
        public int Days { get; init; }
    }

    /// <summary>One run of sent days' instants, read by EF as query parameters (closure fields): each query compiles once.</summary>
    private sealed class Cuts
    {
        // D{k}: received on or after it, the reply took at most k working days (k = 0..Steps); set through AtLeast.
#pragma warning disable CS0649
        public DateTime D0, D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20;
#pragma warning restore CS0649
        public DateTime Start;
        public DateTime End;

        public static readonly System.Reflection.FieldInfo[] AtLeast =
            Enumerable.Range(0, Steps + 1).Select(k => typeof(Cuts).GetField("D" + k)!).ToArray();
    }

    /// <summary>Full replies (not holding replies, acknowledgements or forwards) whose letter matches the topic filter.</summary>
    public static IQueryable<OutboundReply> Replies(CorrespondenceDbContext db, string? topic) => Outbound(db, OutboundKind.Reply, topic);

    /// <summary>Outbox rows of one kind whose letter matches the topic filter ("(no topic)": letters without one).</summary>
    public static IQueryable<OutboundReply> Outbound(CorrespondenceDbContext db, OutboundKind kind, string? topic)
    {
        var rows = db.Outbox.AsNoTracking().Where(o => o.Kind == kind);
        return topic switch
        {
            null => rows,
            BacklogReport.NoTopic => rows.Where(o => !db.TopicAssignments.Any(t => t.MessageId == o.MessageId)),
            _ => rows.Where(o => db.TopicAssignments.Any(t => t.MessageId == o.MessageId && t.TopicId == topic)),
        };
    }

    public async Task<Result> ComputeAsync(DateOnly from, DateOnly to, string? topic, CancellationToken ct)
    {
        var topicOnly = topic == BacklogReport.NoTopic ? null : topic;
        var byCaseworker = contexts.ReadAsideAsync(db => PassAsync(db, from, to, topic, ct,
            bucketed => bucketed.GroupBy(b => new { b.ApprovedBy, b.Days }).Select(g => new Row(g.Key.ApprovedBy ?? Unknown, g.Key.Days, g.Count())),
            // A median past the CASE's reach (half a caseworker's replies slower than Steps working days): read those replies.
            (period, name) => name == Unknown ? period.Where(o => o.ApprovedBy == null) : period.Where(o => o.ApprovedBy == name)), ct);
        var byTopic = contexts.ReadAsideAsync(db => PassAsync(db, from, to, topic, ct,
            bucketed => bucketed.Join(db.TopicAssignments, b => b.MessageId, t => t.MessageId, (b, t) => new { t.TopicId, b.Days })
                .Where(x => topicOnly == null || x.TopicId == topicOnly)
                .GroupBy(x => new { x.TopicId, x.Days }).Select(g => new Row(g.Key.TopicId, g.Key.Days, g.Count())),
            (period, name) => period.Where(o => db.TopicAssignments.Any(t => t.MessageId == o.MessageId && t.TopicId == name))), ct);
        return new Result(Summarise(await byCaseworker), Summarise(await byTopic));
    }

    /// <summary>One group's count of replies that took <see cref="Days"/> working days, from the database.</summary>
    private sealed record Row(string Name, int Days, int Count);

    /// <summary>
    /// Histograms per group (caseworker or topic): one GROUP BY per sent day (weekends and bank holidays with the working
    /// day before them), then, for any group whose median is past <see cref="Steps"/>, its replies read one by one.
    /// </summary>
    private async Task<Dictionary<string, Histogram>> PassAsync(CorrespondenceDbContext db, DateOnly from, DateOnly to, string? topic, CancellationToken ct,
        Func<IQueryable<Bucketed>, IQueryable<Row>> group, Func<IQueryable<OutboundReply>, string, IQueryable<OutboundReply>> members)
    {
        var days = new WorkingDays(calendar, from, to);
        var cuts = new Cuts();
        var replies = Replies(db, topic);
        var rows = group(OnSentDays(replies, cuts));

        var groups = new Dictionary<string, Histogram>(StringComparer.Ordinal);
        for (var day = from; day <= to;)
        {
            var end = day.AddDays(1);
            while (end <= to && !calendar.IsWorkingDay(end)) end = end.AddDays(1); // same instants as the working day before
            days.Fill(day, end, cuts);
            day = end;
            foreach (var row in await rows.ToListAsync(ct)) Add(groups, row.Name, row.Days, row.Count);
        }

        var (start, finish) = (calendar.StartOfDayUtc(from), calendar.StartOfDayUtc(to.AddDays(1)));
        var period = replies.Where(o => o.SentAt >= start && o.SentAt < finish);
        foreach (var (name, histogram) in groups.Where(g => !g.Value.MedianIsExact))
            histogram.Exact = await WorkingDaysAsync(members(period, name), ct);
        return groups;
    }

    private const string Unknown = "(unknown)";

    /// <summary>The per-day query's SQL on any provider, for checking it against a server's limits without a server.</summary>
    internal static string BucketedSql(CorrespondenceDbContext db)
    {
        var cuts = new Cuts();
        return OnSentDays(Replies(db, null), cuts)
            .GroupBy(b => new { b.ApprovedBy, b.Days }).Select(g => new { g.Key.ApprovedBy, g.Key.Days, Count = g.Count() }).ToQueryString();
    }

    private async Task<List<int>> WorkingDaysAsync(IQueryable<OutboundReply> replies, CancellationToken ct) =>
        (await replies.Select(o => new { o.LetterReceivedAt, o.SentAt }).ToListAsync(ct))
            .Select(r => calendar.WorkingDaysBetween(calendar.LocalDate(r.LetterReceivedAt), calendar.LocalDate(r.SentAt!.Value))).ToList();

    /// <summary>The replies sent in the run of days <paramref name="cuts"/> is set to, each with its working days.</summary>
    private static IQueryable<Bucketed> OnSentDays(IQueryable<OutboundReply> replies, Cuts cuts) =>
        replies.Where(o => o.SentAt >= cuts.Start && o.SentAt < cuts.End).Select(Bucket(cuts));

    /// <summary>
    /// o => new Bucketed { ..., Days = received >= End ? Later : (a search over D0..D20, Slower when older) }. The CASE is
    /// nested as a binary search: about five comparisons a reply instead of one per working day up to its own (about
    /// ten), which took a third off these queries at a million messages (ADR 0011 revision 3).
    /// </summary>
    private static Expression<Func<OutboundReply, Bucketed>> Bucket(Cuts cuts)
    {
        var o = Expression.Parameter(typeof(OutboundReply), "o");
        var received = Expression.Property(o, nameof(OutboundReply.LetterReceivedAt));
        var holder = Expression.Constant(cuts);
        Expression AtLeast(int k) => Expression.GreaterThanOrEqual(received, Expression.Field(holder, Cuts.AtLeast[k]));

        // The cuts fall as k grows (D0 is the latest). Within [lo, hi], the answer is the smallest k with received >= Dk.
        // Found: received >= D{hi} is known, so the answer is in lo..hi.
        Expression Found(int lo, int hi)
        {
            if (lo == hi) return Expression.Constant(lo);
            var mid = (lo + hi) / 2;
            return Expression.Condition(AtLeast(mid), Found(lo, mid), Found(mid + 1, hi));
        }
        // Search: nothing is known, so the answer is in lo..hi, or Slower when received is before D{hi}.
        Expression Search(int lo, int hi)
        {
            if (lo > hi) return Expression.Constant(Slower);
            var mid = (lo + hi) / 2;
            return Expression.Condition(AtLeast(mid), Found(lo, mid), Search(mid + 1, hi));
        }

        var days = Expression.Condition(Expression.GreaterThanOrEqual(received, Expression.Field(holder, nameof(Cuts.End))),
            Expression.Constant(Later), Search(0, Steps));
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
        /// <summary>Every reply's working days, when the median was not in the CASE's exact range.</summary>
        public List<int>? Exact { get; set; }

        public void Add(int days, int count)
        {
            _counts[days] = _counts.GetValueOrDefault(days) + count;
            Count += count;
        }

        public bool MedianIsExact => Middle().All(p => At(p) is not (Later or Slower));

        public double Median()
        {
            if (Count == 0) return 0;
            if (Exact is { Count: > 0 } all) return Median(all.Order().ToList());
            var middle = Middle();
            return middle.Sum(At) / (double)middle.Length;
        }

        private static double Median(List<int> sorted) =>
            sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;

        /// <summary>The positions of the median in the sorted values: one, or the two around the middle.</summary>
        private int[] Middle() => Count % 2 == 1 ? [Count / 2] : [Count / 2 - 1, Count / 2];

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

        /// <summary>The instants for replies sent from <paramref name="sent"/> up to <paramref name="end"/> (days sharing its running count).</summary>
        public void Fill(DateOnly sent, DateOnly end, Cuts cuts)
        {
            var j = sent.DayNumber - _first.DayNumber;
            cuts.Start = _calendar.StartOfDayUtc(sent);
            cuts.End = _calendar.StartOfDayUtc(end);
            // At most k working days: received on or after the first day whose running count is k short of the sent day's.
            for (var k = 0; k <= Steps; k++)
                Cuts.AtLeast[k].SetValue(cuts, _calendar.StartOfDayUtc(_first.AddDays(_firstWith[_running[j] - k])));
        }
    }
}
