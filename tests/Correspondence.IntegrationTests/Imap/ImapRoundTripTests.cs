using System.Text;
using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using MailKit;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Correspondence.IntegrationTests.Imap;

/// <summary>A letter read from real IMAP, answered over real SMTP, filed in Sent, and what comes back afterwards.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ImapRoundTripTests
{
    private static Dictionary<string, string?> Settings(DovecotServer dovecot, TestSmtpServer smtp, bool markSeen = false)
    {
        var settings = ImapSettings.For(dovecot.Host, dovecot.Port);
        settings["Inbox:Mailboxes:0:MarkSeen"] = markSeen ? "true" : "false";
        settings["Sending:Transport"] = "Smtp";
        settings["Sending:Smtp:Host"] = "127.0.0.1";
        settings["Sending:Smtp:Port"] = smtp.Port.ToString();
        settings["Sending:Smtp:Security"] = "None";
        return settings;
    }

    [Fact]
    public async Task ApprovedReply_SentOverSmtp_IsFiledInSentAndOriginalFlaggedAnsweredAndSeen()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await using var smtp = new TestSmtpServer();
        await dovecot.AppendAsync([TestMail.Letter(1)]);
        await using var app = new CorrespondenceApp(Settings(dovecot, smtp, markSeen: true));
        var outboxId = await ApproveFirstAsync(app, dovecot);

        await Pipeline.RunSendJobAsync(app, outboxId);

        Assert.Single(smtp.Received);
        await using var db = app.NewDb();
        var reply = await db.Outbox.SingleAsync();
        using var client = await dovecot.ConnectAsync();
        var sent = client.GetFolder(SpecialFolder.Sent)!;
        await sent.OpenAsync(FolderAccess.ReadOnly);
        Assert.Single(await sent.SearchAsync(SearchQuery.HeaderContains("Message-ID", reply.MessageIdHeader)));
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var flags = (await client.Inbox.FetchAsync(0, -1, MessageSummaryItems.Flags)).Single().Flags!.Value;
        Assert.True(flags.HasFlag(MessageFlags.Answered), $"flags were {flags}");
        Assert.True(flags.HasFlag(MessageFlags.Seen), $"flags were {flags}");
    }

    [Fact]
    public async Task Sweeper_StuckInSendingButFoundInSentFolder_ConfirmedSentWithoutResending()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await using var smtp = new TestSmtpServer();
        await dovecot.AppendAsync([TestMail.Letter(1)]);
        await using var app = new CorrespondenceApp(Settings(dovecot, smtp));
        var outboxId = await ApproveFirstAsync(app, dovecot);
        await Pipeline.RunSendJobAsync(app, outboxId);
        // As if the process died after SMTP accepted the reply and it was filed, but before the row said Sent.
        await Pipeline.SimulateCrashMidSendAsync(app, outboxId);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OutboxSweeper>().SweepAsync(CancellationToken.None);
        await Pipeline.RunSendJobAsync(app, outboxId);

        Assert.Single(smtp.Received);
        await using var check = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await check.Outbox.SingleAsync()).Status);
    }

    [Fact]
    public async Task BounceOfOurReply_MarksReplyAndMessageBounced_AndFollowUpJoinsTheCase()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await using var smtp = new TestSmtpServer();
        await dovecot.AppendAsync([TestMail.Letter(1)]);
        await using var app = new CorrespondenceApp(Settings(dovecot, smtp));
        var outboxId = await ApproveFirstAsync(app, dovecot);
        await Pipeline.RunSendJobAsync(app, outboxId);
        string replyId;
        long caseId;
        await using (var db = app.NewDb())
        {
            var reply = await db.Outbox.SingleAsync();
            replyId = reply.MessageIdHeader;
            caseId = (await db.Messages.SingleAsync(m => m.Id == reply.MessageId)).CaseId;
        }

        await dovecot.AppendAsync([Bounce(replyId), FollowUp(replyId)]);
        await Pipeline.SyncImapAsync(app, dovecot);

        await using var check = app.NewDb();
        Assert.Equal(OutboxStatus.Bounced, (await check.Outbox.SingleAsync()).Status);
        var original = await check.Messages.SingleAsync(m => m.MessageIdHeader == TestMail.MessageId(1));
        Assert.Equal(MessageStatus.Bounced, original.Status);
        var bounce = await check.Messages.SingleAsync(m => m.Subject == "Undelivered Mail Returned to Sender");
        Assert.Equal(MessageStatus.Closed, bounce.Status);
        var followUp = await check.Messages.SingleAsync(m => m.MessageIdHeader == "follow-up-1@example.org");
        Assert.Equal(caseId, followUp.CaseId);
    }

    private static async Task<long> ApproveFirstAsync(CorrespondenceApp app, DovecotServer dovecot)
    {
        await Pipeline.SyncImapAsync(app, dovecot);
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).ProcessPendingAsync(CancellationToken.None);
        await using var db = app.NewDb();
        var message = await db.Messages.SingleAsync();
        Assert.Equal(MessageStatus.Drafted, message.Status);
        return await Pipeline.ApprovedAsync(app, message.Id);
    }


    private static byte[] Bounce(string replyId) => Encoding.ASCII.GetBytes($"""
        From: MAILER-DAEMON@example.org
        To: office@mp.example
        Subject: Undelivered Mail Returned to Sender
        Message-ID: <bounce-of-{replyId}>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        Your message could not be delivered.
        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: rfc822; ada.1@example.org
        Action: failed
        Status: 5.1.1
        --b
        Content-Type: text/rfc822-headers

        From: office@mp.example
        Message-ID: <{replyId}>
        Subject: Re: Ceasefire in Gaza now (1)

        --b--
        """.ReplaceLineEndings("\r\n"));

    private static byte[] FollowUp(string replyId) => Encoding.ASCII.GetBytes($"""
        From: Mary Seacole <mary.1@example.org>
        To: office@mp.example
        Subject: Thank you, but one more question
        Message-ID: <follow-up-1@example.org>
        In-Reply-To: <{replyId}>
        Content-Type: text/plain

        Thank you for your reply. What about the hostages?
        """.ReplaceLineEndings("\r\n"));
}
