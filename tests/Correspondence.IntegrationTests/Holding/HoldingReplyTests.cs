using System.Net;
using Correspondence.Core.Cases;
using Correspondence.Core.Holding;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Correspondence.IntegrationTests.Holding;

/// <summary>Holding replies on real SQLite and the real send job: drafted once near the target, approved, sent, letter still open.</summary>
[Collection(WebAppCollection.Name)]
public sealed class HoldingReplyTests
{
    private static CorrespondenceApp NewApp(bool enabled = true) => new(new Dictionary<string, string?>
    {
        ["Web:RunInboxWorker"] = "false",
        ["Jobs:RunServer"] = "false",
        ["Holding:Enabled"] = enabled ? "true" : "false",
        ["Holding:WorkingDaysBeforeTarget"] = "3",
        ["Backlog:ReplyTargetWorkingDays"] = "15",
    });

    private static async Task ReceivedDaysAgoAsync(CorrespondenceApp app, long messageId, int days)
    {
        await using var db = app.NewDb();
        var at = DateTime.UtcNow.AddDays(-days);
        await db.Messages.Where(m => m.Id == messageId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReceivedAt, at));
    }

    private static async Task<int> RunJobAsync(CorrespondenceApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HoldingReplyJob>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task LetterNearItsTarget_GetsOneHoldingDraft_RecentAndEscalatedOnesNone_RerunAddsNothing()
    {
        await using var app = NewApp();
        var old = await Pipeline.DraftedMessageAsync(app, "old");
        var recent = await Pipeline.DraftedMessageAsync(app, "recent");
        var escalated = await Pipeline.DraftedMessageAsync(app, "escalated");
        await ReceivedDaysAgoAsync(app, old, 30);
        await ReceivedDaysAgoAsync(app, escalated, 30);
        await using (var db = app.NewDb())
            await db.Messages.Where(m => m.Id == escalated).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Escalated));

        Assert.Equal(1, await RunJobAsync(app));
        Assert.Equal(0, await RunJobAsync(app));

        await using var check = app.NewDb();
        var holding = await check.HoldingReplies.SingleAsync();
        Assert.Equal((old, HoldingStatus.Drafted), (holding.MessageId, holding.Status));
        var message = await check.Messages.SingleAsync(m => m.Id == old);
        Assert.Contains(Case.FormatReference(message.CaseId), holding.TextBody);
        Assert.Contains("Dear Mary Seacole,", holding.TextBody);
        Assert.Equal(MessageStatus.Drafted, message.Status); // its own draft is untouched
        Assert.Equal(1, await check.AuditRecords.CountAsync(a => a.Action == "holding:drafted" && a.EntityId == old.ToString()));
        Assert.Empty(await check.Outbox.ToListAsync()); // nothing is sent without a person's approval
    }

    [Fact]
    public async Task Disabled_DraftsNothing()
    {
        await using var app = NewApp(enabled: false);
        var old = await Pipeline.DraftedMessageAsync(app, "off");
        await ReceivedDaysAgoAsync(app, old, 30);
        Assert.Equal(0, await RunJobAsync(app));
        await using var db = app.NewDb();
        Assert.False(await db.HoldingReplies.AnyAsync());
    }

    [Fact]
    public async Task ApprovedOnTheReviewPage_IsSentOnceInTheThread_TheLetterStaysOpenForItsFullReply()
    {
        await using var app = NewApp();
        var id = await Pipeline.DraftedMessageAsync(app, "hold");
        await ReceivedDaysAgoAsync(app, id, 30);
        await RunJobAsync(app);

        var client = await app.SignedInClientAsync();
        var page = await client.GetStringAsync($"/Review/{id}");
        Assert.Contains("id=\"holding-text\"", page);
        long holdingId;
        await using (var db = app.NewDb()) holdingId = (await db.HoldingReplies.SingleAsync()).Id;
        var edited = Html.TextArea(page, "holdingText").Replace("as soon as we can", "within the next week");
        var post = await client.PostAsync($"/Review/{id}?handler=HoldingApprove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["holdingId"] = holdingId.ToString(),
            ["holdingText"] = edited,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("approved and queued", WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()));

        // A second approval (another tab, a double click) is refused, not sent twice.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<HoldingReplies>()
                .ApproveAsync(holdingId, edited, "someone@test.local", null, CancellationToken.None);
            Assert.False(again.Done);
        }

        OutboundReply reply;
        await using (var db = app.NewDb()) reply = await db.Outbox.SingleAsync();
        Assert.Equal((OutboundKind.Holding, OutboxStatus.Queued, (long?)null), (reply.Kind, reply.Status, reply.DraftId));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SendReplyJob>().RunAsync(reply.Id, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SendReplyJob>().RunAsync(reply.Id, CancellationToken.None); // a rerun sends nothing
        }

        var sent = await MimeMessage.LoadAsync(Directory.GetFiles(app.Outbox, "*.eml").Single());
        Assert.Equal("ukraine-hold@example.org", sent.InReplyTo);
        Assert.Contains("within the next week", sent.TextBody);
        Assert.Null(sent.Headers[HeaderId.AutoSubmitted]); // a person approved it: not an automatic reply
        await using (var db = app.NewDb())
        {
            Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
            Assert.Equal(MessageStatus.Drafted, (await db.Messages.SingleAsync(m => m.Id == id)).Status);
            Assert.Equal(HoldingStatus.Approved, (await db.HoldingReplies.SingleAsync()).Status);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "holding:approved" && a.Actor == CorrespondenceApp.DemoEmail));
        }
        Assert.DoesNotContain("id=\"holding-text\"", await client.GetStringAsync($"/Review/{id}"));

        // The full reply still goes through its own approval.
        var full = await Pipeline.ApprovedAsync(app, id);
        await using (var db = app.NewDb())
            Assert.Equal(OutboundKind.Reply, (await db.Outbox.SingleAsync(o => o.Id == full)).Kind);
        Assert.Equal(0, await RunJobAsync(app)); // answered: never a second holding reply
    }

    [Fact]
    public async Task Discarded_IsNeverSent_AndNotDraftedAgain()
    {
        await using var app = NewApp();
        var id = await Pipeline.DraftedMessageAsync(app, "discard");
        await ReceivedDaysAgoAsync(app, id, 30);
        await RunJobAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var holding = scope.ServiceProvider.GetRequiredService<HoldingReplies>();
        long holdingId;
        await using (var db = app.NewDb()) holdingId = (await db.HoldingReplies.SingleAsync()).Id;

        Assert.True((await holding.DiscardAsync(holdingId, "caseworker@test.local", null, CancellationToken.None)).Done);
        Assert.False((await holding.ApproveAsync(holdingId, "Dear Mary,\nStill on it.\n", "caseworker@test.local", null, CancellationToken.None)).Done);
        Assert.Equal(0, await RunJobAsync(app));
        await using var check = app.NewDb();
        Assert.Empty(await check.Outbox.ToListAsync());
        Assert.Equal(HoldingStatus.Discarded, (await check.HoldingReplies.SingleAsync()).Status);
    }
}
