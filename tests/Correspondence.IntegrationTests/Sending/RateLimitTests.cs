using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Correspondence.IntegrationTests.Sending;

/// <summary>The rate limit is kept in the database: it holds for jobs running side by side, across retries, and over a day.</summary>
[Collection(WebAppCollection.Name)]
public sealed class RateLimitTests
{
    private static CorrespondenceApp NewApp(Dictionary<string, string?> rate)
    {
        var settings = new Dictionary<string, string?> { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" };
        foreach (var (k, v) in rate) settings[k] = v;
        return new CorrespondenceApp(settings);
    }

    private static async Task<List<long>> ApprovedRepliesAsync(CorrespondenceApp app, int count)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
            ids.Add(await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app, $"rate-{i}")));
        return ids;
    }

    [Fact]
    public async Task SendJobsSideBySide_ThirtyAMinute_OneGoesNowTheRestGetTheirOwnSlotsTwoSecondsApart()
    {
        await using var app = NewApp(new() { ["Sending:RateLimit:PerMinute"] = "30", ["Sending:RateLimit:PerDay"] = "0" });
        var ids = await ApprovedRepliesAsync(app, 5);

        // Five workers at once, each with its own scope and database connection, as on several job servers.
        await Task.WhenAll(ids.Select(id => Task.Run(() => Pipeline.RunSendJobAsync(app, id))));

        Assert.Single(Directory.GetFiles(app.Outbox, "*.eml"));
        await using var db = app.NewDb();
        var rows = await db.Outbox.OrderBy(o => o.SlotAt).ToListAsync();
        Assert.Equal(1, rows.Count(r => r.Status == OutboxStatus.Sent));
        Assert.Equal(4, rows.Count(r => r.Status == OutboxStatus.Queued));
        Assert.All(rows, r => Assert.Equal("folder", r.SendingAccount));
        var gaps = rows.Zip(rows.Skip(1), (a, b) => b.SlotAt!.Value - a.SlotAt!.Value).ToList();
        Assert.All(gaps, gap => Assert.Equal(TimeSpan.FromSeconds(2), gap));
        var pace = await db.SendPaces.SingleAsync();
        Assert.Equal(rows[^1].SlotAt!.Value + TimeSpan.FromSeconds(2), pace.NextSlotAt);
    }

    [Fact]
    public async Task ReservedSlot_WhenItsTimeComes_SendsWithoutTakingAnother_AndTheSweeperLeavesFutureSlotsAlone()
    {
        await using var app = NewApp(new() { ["Sending:RateLimit:PerMinute"] = "6", ["Sending:RateLimit:PerDay"] = "0" });
        var ids = await ApprovedRepliesAsync(app, 2);
        await Pipeline.RunSendJobAsync(app, ids[0]);
        await Pipeline.RunSendJobAsync(app, ids[1]); // 10 s ahead: reserved, scheduled, not sent
        DateTime nextBefore;
        await using (var db = app.NewDb())
        {
            Assert.Equal(OutboxStatus.Queued, (await db.Outbox.SingleAsync(o => o.Id == ids[1])).Status);
            nextBefore = (await db.SendPaces.SingleAsync()).NextSlotAt;
        }

        // The sweeper (a minute on) sees a reply whose job is scheduled for its slot: no second job.
        var jobs = new Mock<IBackgroundJobClient>();
        await using (var scope = app.Services.CreateAsyncScope())
            await ActivatorUtilities.CreateInstance<OutboxSweeper>(scope.ServiceProvider, jobs.Object, (TimeProvider)new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(5)))
                .SweepAsync(CancellationToken.None);
        jobs.Verify(j => j.Create(It.IsAny<Job>(), It.IsAny<IState>()), Times.Never);

        // Its time comes (moved into the past here rather than waited for): the job sends on the slot it holds.
        await using (var db = app.NewDb())
            await db.Outbox.Where(o => o.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(o => o.SlotAt, DateTime.UtcNow.AddSeconds(-1)));
        await Pipeline.RunSendJobAsync(app, ids[1]);

        Assert.Equal(2, Directory.GetFiles(app.Outbox, "*.eml").Length);
        await using var check = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await check.Outbox.SingleAsync(o => o.Id == ids[1])).Status);
        Assert.Equal(nextBefore, (await check.SendPaces.SingleAsync()).NextSlotAt);
    }

    [Fact]
    public async Task DayLimit_ThreeADay_FourthAndFifthWaitUntilADayAfterTheSlotsTheyFollow()
    {
        await using var app = NewApp(new() { ["Sending:RateLimit:PerMinute"] = "0", ["Sending:RateLimit:PerDay"] = "3" });
        var ids = await ApprovedRepliesAsync(app, 5);

        foreach (var id in ids)
            await Pipeline.RunSendJobAsync(app, id);

        Assert.Equal(3, Directory.GetFiles(app.Outbox, "*.eml").Length);
        await using var db = app.NewDb();
        var rows = await db.Outbox.OrderBy(o => o.Id).ToListAsync();
        Assert.All(rows.Take(3), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.All(rows.Skip(3), r => Assert.Equal(OutboxStatus.Queued, r.Status));
        Assert.True(rows[3].SlotAt > rows[0].SlotAt!.Value.AddDays(1), $"4th at {rows[3].SlotAt:O}, 1st at {rows[0].SlotAt:O}");
        Assert.True(rows[4].SlotAt > rows[1].SlotAt!.Value.AddDays(1), $"5th at {rows[4].SlotAt:O}, 2nd at {rows[1].SlotAt:O}");
        Assert.True(rows[4].SlotAt > rows[3].SlotAt);
    }
}
