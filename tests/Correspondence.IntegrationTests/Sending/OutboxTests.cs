using Correspondence.Core.Cases;
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

/// <summary>Invariant 2 on a real SQLite database: sent at most once, never silently dropped.</summary>
[Collection(WebAppCollection.Name)]
public sealed class OutboxTests
{
    private static CorrespondenceApp NewApp(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        return new CorrespondenceApp(settings);
    }

    [Fact]
    public async Task SendReplyJob_RunTwice_SendsOnce()
    {
        await using var app = NewApp();
        var outboxId = await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app));

        await Pipeline.RunSendJobAsync(app, outboxId);
        await Pipeline.RunSendJobAsync(app, outboxId);

        Assert.Single(Directory.GetFiles(app.Outbox, "*.eml"));
        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync(o => o.Id == outboxId);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(MessageStatus.Sent, (await db.Messages.SingleAsync(m => m.Id == row.MessageId)).Status);
    }

    [Fact]
    public async Task Approve_WritesOutboxRowInSameTransaction_AndSecondApprovalIsRefused()
    {
        await using var app = NewApp();
        var messageId = await Pipeline.DraftedMessageAsync(app);
        await Pipeline.ApprovedAsync(app, messageId);

        await using var scope = app.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<ReplyApproval>()
            .ApproveAsync(messageId, 1, "someone-else@test.local", null, CancellationToken.None);
        Assert.False(again.Approved);
        await using var db = app.NewDb();
        Assert.Equal(1, await db.Outbox.CountAsync(o => o.MessageId == messageId));
        Assert.Equal(1, await db.Approvals.CountAsync());
    }

    [Fact]
    public async Task Sweeper_QueuedRowWhoseJobWasLost_IsEnqueuedAgainAndSent()
    {
        await using var app = NewApp();
        var outboxId = await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app));
        // The job store forgot the job (in-memory storage, a crash): only the outbox row remains.
        var jobs = new Mock<IBackgroundJobClient>();
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(5));

        await using (var scope = app.Services.CreateAsyncScope())
            await ActivatorUtilities.CreateInstance<OutboxSweeper>(scope.ServiceProvider, jobs.Object, (TimeProvider)later).SweepAsync(CancellationToken.None);

        jobs.Verify(j => j.Create(It.Is<Job>(job => job.Type == typeof(SendReplyJob) && (long)job.Args[0] == outboxId), It.IsAny<IState>()), Times.Once);
        await Pipeline.RunSendJobAsync(app, outboxId);
        Assert.Single(Directory.GetFiles(app.Outbox, "*.eml"));
    }

    [Fact]
    public async Task Sweeper_RowStuckInSendingAfterCrash_FileWrittenIsConfirmedSentNotResent()
    {
        await using var app = NewApp();
        var outboxId = await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app));
        await Pipeline.RunSendJobAsync(app, outboxId);
        // Simulate a crash after the transport wrote the file but before the row was marked Sent.
        await Pipeline.SimulateCrashMidSendAsync(app, outboxId);

        await SweepAsync(app);

        await using var check = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await check.Outbox.SingleAsync()).Status);
        Assert.Single(Directory.GetFiles(app.Outbox, "*.eml"));
    }

    [Fact]
    public async Task Sweeper_RowStuckInSendingWithUnconfirmableTransport_MarkedPossiblySentForAPerson()
    {
        // SMTP with no IMAP Sent folder to check: the sweeper cannot know, so it must not resend.
        await using var app = NewApp(new() { ["Sending:Transport"] = "Smtp", ["Sending:Smtp:Host"] = "127.0.0.1", ["Sending:Smtp:Port"] = "1", ["Sending:Smtp:Security"] = "None" });
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);
        await Pipeline.SimulateCrashMidSendAsync(app, outboxId);

        await SweepAsync(app);
        await Pipeline.RunSendJobAsync(app, outboxId);

        await using var check = app.NewDb();
        var row = await check.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.PossiblySent, row.Status);
        // The send job that ran afterwards did not claim it: nothing was attempted again.
        Assert.Equal(0, row.Attempts);
        Assert.Equal(MessageStatus.PossiblySent, (await check.Messages.SingleAsync(m => m.Id == messageId)).Status);
    }

    private static async Task SweepAsync(CorrespondenceApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxSweeper>().SweepAsync(CancellationToken.None);
    }
}
