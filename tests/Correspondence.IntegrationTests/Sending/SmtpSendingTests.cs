using Correspondence.Core.Cases;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using SmtpServer.Protocol;

namespace Correspondence.IntegrationTests.Sending;

/// <summary>Sending over a real SMTP conversation: success, a permanent 5xx and a transient 4xx.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SmtpSendingTests
{
    private static CorrespondenceApp NewApp(TestSmtpServer smtp) => new(new()
    {
        ["Web:RunInboxWorker"] = "false",
        ["Jobs:RunServer"] = "false",
        ["Sending:Transport"] = "Smtp",
        ["Sending:Smtp:Host"] = "127.0.0.1",
        ["Sending:Smtp:Port"] = smtp.Port.ToString(),
        ["Sending:Smtp:Security"] = "None",
    });

    [Fact]
    public async Task SendReplyJob_OverSmtp_DeliversOneThreadedReplyAndMarksSent()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp);
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);

        await Pipeline.RunSendJobAsync(app, outboxId);
        await Pipeline.RunSendJobAsync(app, outboxId);

        var raw = Assert.Single(smtp.Received);
        var reply = MimeMessage.Load(new MemoryStream(raw));
        Assert.Equal("mary@example.org", reply.To.Mailboxes.Single().Address);
        Assert.Equal("ukraine-1@example.org", reply.InReplyTo);
        Assert.Contains("ukraine-1@example.org", reply.References);
        Assert.Equal("Re: Support for Ukraine", reply.Subject);
        Assert.NotNull(reply.TextBody);
        Assert.NotNull(reply.HtmlBody);
        await using var db = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
        Assert.Equal(MessageStatus.Sent, (await db.Messages.SingleAsync(m => m.Id == messageId)).Status);
    }

    [Fact]
    public async Task SendReplyJob_Smtp550_FailsPermanentlyWithServersWordsAndDoesNotRetry()
    {
        await using var smtp = new TestSmtpServer { Answer = new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "mailbox mary does not exist") };
        await using var app = NewApp(smtp);
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);

        await Pipeline.RunSendJobAsync(app, outboxId);

        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("550", row.LastError);
        Assert.Contains("mailbox mary does not exist", row.LastError);
        var message = await db.Messages.SingleAsync(m => m.Id == messageId);
        Assert.Equal(MessageStatus.SendFailed, message.Status);
        Assert.Contains("mailbox mary does not exist", message.StatusReason);
    }

    [Fact]
    public async Task SendReplyJob_Smtp451_PutsRowBackToQueuedAndThrowsForHangfireRetry()
    {
        await using var smtp = new TestSmtpServer { Answer = new SmtpResponse(SmtpReplyCode.Aborted, "try again later") };
        await using var app = NewApp(smtp);
        var outboxId = await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app));

        await Assert.ThrowsAnyAsync<Exception>(() => Pipeline.RunSendJobAsync(app, outboxId));

        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("try again later", row.LastError);

        // The server recovers; the retry sends it.
        smtp.Answer = SmtpResponse.Ok;
        await Pipeline.RunSendJobAsync(app, outboxId);
        Assert.Single(smtp.Received);
    }
}
