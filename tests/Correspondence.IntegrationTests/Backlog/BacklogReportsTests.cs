using Correspondence.Core.Backlog;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Correspondence.IntegrationTests.Backlog;

/// <summary>The dashboard's numbers on a real SQLite file holding <see cref="KnownBacklog"/>.</summary>
public sealed class BacklogReportsTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("correspondence-backlog-").FullName;
    private CorrespondenceDbContext _db = null!;
    private IDbContextFactory<CorrespondenceDbContext> _contexts = null!;

    public async Task InitializeAsync()
    {
        var options = DatabaseServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<CorrespondenceDbContext>(),
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, "db.sqlite")}" });
        _contexts = new PooledDbContextFactory<CorrespondenceDbContext>((DbContextOptions<CorrespondenceDbContext>)options.Options);
        _db = new CorrespondenceDbContext((DbContextOptions<CorrespondenceDbContext>)options.Options);
        await _db.Database.MigrateAsync();
        await KnownBacklog.AddAsync(_db);
        _db.ChangeTracker.Clear();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private BacklogReports Reports(int cacheSeconds = 0) => new(_db, _contexts,
        new WorkingCalendar(UkRegion.EnglandAndWales, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")),
        Options.Create(new BacklogOptions { CacheSeconds = cacheSeconds }), new FakeTimeProvider(KnownBacklog.Now),
        new MemoryCache(new MemoryCacheOptions()));

    [Fact]
    public async Task Compute_KnownOffice_OpenItemsByStatusTopicAgeAndTarget()
    {
        var r = await Reports().ComputeAsync(KnownBacklog.Period(), default);

        Assert.Equal(new DateOnly(2026, 12, 9), r.Today);
        Assert.Equal(7, r.Open);
        Assert.Equal(2, r.PastTarget);
        Assert.Equal(2, r.DueSoon);
        Assert.Equal(
            [("Drafted", 4), ("Escalated", 1), ("NeedsTriage", 1), ("Received", 1)],
            r.OpenByStatus.OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal).Select(t => (t.Label, t.Count)));
        Assert.Equal([("ukraine", 3), ("gaza", 2), (BacklogReport.NoTopic, 2)], r.OpenByTopic.Select(t => (t.Label, t.Count)));
        Assert.Equal([("0–5", 2), ("6–10", 0), ("11–15", 3), ("16–20", 1), ("21+", 1)], r.AgeBuckets.Select(t => (t.Label, t.Count)));
        var oldest = r.Oldest[0];
        Assert.Equal((27, new DateOnly(2026, 11, 23), MessageStatus.Drafted), (oldest.WorkingDaysOld, oldest.Due, oldest.Status));
        Assert.Equal(7, r.Oldest.Count);
    }

    [Fact]
    public async Task Compute_KnownOffice_FlowsPerDayAndWeek_AndMediansPerCaseworkerAndTopic()
    {
        var r = await Reports().ComputeAsync(KnownBacklog.Period(), default);

        Assert.Equal(10, r.Daily.Count);
        var received = r.Daily.Where(d => d.Received > 0).Select(d => (d.Start.Day, d.Received));
        Assert.Equal([(30, 1), (1, 1), (2, 1), (3, 1), (8, 1), (9, 1)], received);
        Assert.Equal([(3, 1), (4, 1), (8, 1)], r.Daily.Where(d => d.Replied > 0).Select(d => (d.Start.Day, d.Replied)));
        Assert.Equal([(new DateOnly(2026, 11, 30), 4, 2), (new DateOnly(2026, 12, 7), 2, 1)], r.Weekly.Select(w => (w.Start, w.Received, w.Replied)));
        Assert.Equal([("alice@office", 2, 4.0), ("bob@office", 1, 2.0)], r.ByCaseworker.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));
        Assert.Equal([("gaza", 2, 3.5), ("ukraine", 1, 3.0)], r.ByTopic.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));
    }

    [Fact]
    public async Task Compute_KnownOffice_HoldingRepliesCountedApart_NeverAsTheAnswer()
    {
        var r = await Reports().ComputeAsync(KnownBacklog.Period(), default);

        // Letter 4 has one drafted, awaiting approval; letter 1 had one sent and still waits; b's was sent before its reply.
        Assert.Equal(new HoldingFigures(AwaitingApproval: 1, ApprovedStillOpen: 1, SentInPeriod: 2), r.Holding);
        // Neither the holding replies (carol@office, 1 and 2 Dec) nor the acknowledgement (30 Nov) is a reply: the
        // replies and medians are those of the full replies alone, and letter 1 is still open and past its target.
        Assert.DoesNotContain(r.ByCaseworker, t => t.Name is "carol@office" or "system");
        Assert.Equal(3, r.ByCaseworker.Sum(t => t.Replies));
        Assert.Equal([(3, 1), (4, 1), (8, 1)], r.Daily.Where(d => d.Replied > 0).Select(d => (d.Start.Day, d.Replied)));
        Assert.Equal([("gaza", 2, 3.5), ("ukraine", 1, 3.0)], r.ByTopic.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));
        Assert.Equal((7, 2), (r.Open, r.PastTarget));

        var gaza = await Reports().ComputeAsync(KnownBacklog.Period(topic: "gaza"), default);
        Assert.Equal(new HoldingFigures(AwaitingApproval: 1, ApprovedStillOpen: 0, SentInPeriod: 1), gaza.Holding);
        var lastWeek = await Reports().ComputeAsync(new BacklogFilter(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)), default);
        Assert.Equal(0, lastWeek.Holding.SentInPeriod);
    }

    [Fact]
    public async Task Compute_MedianSlowerThanTheCountedSteps_StillExact()
    {
        // dave answered three old letters on Mon 7 Dec, after 69, 47 and 25 working days: beyond the working days the
        // database tells apart (ReplyTimes.Steps), so the median is read from the replies; it must be exactly 47.
        var constituent = await _db.Constituents.FirstAsync();
        foreach (var received in new[] { "2026-09-01T10:00", "2026-10-01T10:00", "2026-11-02T09:00" })
        {
            var at = DateTime.SpecifyKind(DateTime.Parse(received, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var m = new InboundMessage
            {
                Mailbox = "test", Uid = 1000 + at.Month, BodyHash = $"late{at.Month}", FromAddress = "ann@example.org", Subject = "late",
                ReceivedAt = at, SentAt = at, Status = MessageStatus.Sent, StatusChangedAt = at,
                Case = new Case { ConstituentId = constituent.Id, OpenedAt = at, Subject = "late" }, Topics = [new TopicAssignment { TopicId = "eu" }],
            };
            _db.Messages.Add(m);
            await _db.SaveChangesAsync();
            var sent = new DateTime(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
            _db.Outbox.Add(new Core.Sending.OutboundReply
            {
                MessageId = m.Id, LetterReceivedAt = m.ReceivedAt, MessageIdHeader = $"<late{m.Id}@office>", ToAddress = "ann@example.org",
                Subject = "Re", TextBody = "t", HtmlBody = "h", Status = Core.Sending.OutboxStatus.Sent, QueuedAt = sent, SentAt = sent, ApprovedBy = "dave@office",
            });
            await _db.SaveChangesAsync();
        }
        Assert.True(ReplyTimes.Steps < 25);

        var r = await Reports().ComputeAsync(KnownBacklog.Period(), default);

        Assert.Contains(("dave@office", 3, 47.0), r.ByCaseworker.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));
        Assert.Contains(("eu", 3, 47.0), r.ByTopic.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));
        Assert.Contains(("alice@office", 2, 4.0), r.ByCaseworker.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));
    }

    [Fact]
    public async Task Compute_EveryReceiptDayUpToAndPastTheCountedSteps_GivesItsExactWorkingDays()
    {
        // One caseworker per receipt day, from the sent day itself back past ReplyTimes.Steps working days, across
        // Christmas and New Year (bank holidays) and weekends: each one's median is that reply's own working days, so
        // every branch of the database's search over the day cut-offs is checked against WorkingCalendar.
        var calendar = new WorkingCalendar(UkRegion.EnglandAndWales, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var sentDay = new DateOnly(2027, 1, 5);
        var sent = new DateTime(2027, 1, 5, 15, 0, 0, DateTimeKind.Utc);
        var constituent = await _db.Constituents.FirstAsync();
        var expected = new List<(string, int, double)>();
        for (var day = sentDay; calendar.WorkingDaysBetween(day, sentDay) <= ReplyTimes.Steps + 2; day = day.AddDays(-1))
        {
            var at = calendar.StartOfDayUtc(day).AddHours(10);
            var m = new InboundMessage
            {
                Mailbox = "test", Uid = 2000 + day.DayNumber % 1000, BodyHash = $"k{day}", FromAddress = "ann@example.org", Subject = "k",
                ReceivedAt = at, SentAt = at, Status = MessageStatus.Sent, StatusChangedAt = at,
                Case = new Case { ConstituentId = constituent.Id, OpenedAt = at, Subject = "k" },
            };
            _db.Messages.Add(m);
            await _db.SaveChangesAsync();
            var name = $"cw{day:yyyyMMdd}@office";
            _db.Outbox.Add(new Core.Sending.OutboundReply
            {
                MessageId = m.Id, LetterReceivedAt = m.ReceivedAt, MessageIdHeader = $"<k{m.Id}@office>", ToAddress = "ann@example.org",
                Subject = "Re", TextBody = "t", HtmlBody = "h", Status = Core.Sending.OutboxStatus.Sent, QueuedAt = sent, SentAt = sent, ApprovedBy = name,
            });
            await _db.SaveChangesAsync();
            expected.Add((name, 1, calendar.WorkingDaysBetween(day, sentDay)));
        }
        Assert.Contains(expected, e => e.Item3 == 0);
        Assert.Contains(expected, e => e.Item3 > ReplyTimes.Steps);

        var r = await Reports().ComputeAsync(new BacklogFilter(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 8)), default);

        Assert.Equal(expected.OrderBy(e => e.Item1, StringComparer.Ordinal),
            r.ByCaseworker.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)).OrderBy(e => e.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Compute_TopicAndStatusFilters_NarrowEveryFigure()
    {
        var gaza = await Reports().ComputeAsync(KnownBacklog.Period(topic: "gaza"), default);
        Assert.Equal((2, 0, 2), (gaza.Open, gaza.PastTarget, gaza.DueSoon));
        Assert.Equal([(1, 1), (2, 1)], gaza.Daily.Where(d => d.Received > 0).Select(d => (d.Start.Day, d.Received)));
        Assert.Equal([(4, 1), (8, 1)], gaza.Daily.Where(d => d.Replied > 0).Select(d => (d.Start.Day, d.Replied)));
        Assert.Equal([("alice@office", 1, 5.0), ("bob@office", 1, 2.0)], gaza.ByCaseworker.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));
        Assert.Equal([("gaza", 2, 3.5)], gaza.ByTopic.Select(t => (t.Name, t.Replies, t.MedianWorkingDays)));

        var none = await Reports().ComputeAsync(KnownBacklog.Period(topic: BacklogReport.NoTopic), default);
        Assert.Equal((2, 1), (none.Open, none.PastTarget));

        var drafted = await Reports().ComputeAsync(KnownBacklog.Period(status: MessageStatus.Drafted), default);
        Assert.Equal((4, 1, 1), (drafted.Open, drafted.PastTarget, drafted.DueSoon));
    }
}
