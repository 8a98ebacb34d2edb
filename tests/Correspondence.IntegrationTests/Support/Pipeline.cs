using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Support;

/// <summary>Drives the real pipeline step by step, for tests that switch the background worker and job server off.</summary>
public static class Pipeline
{
    public const string UkraineLetter = """
        From: Mary Seacole <mary@example.org>
        To: office@mp.example
        Subject: Support for Ukraine
        Message-ID: <ukraine-{0}@example.org>
        Content-Type: text/plain; charset=utf-8

        Please keep supporting Ukraine against Russia. Ukraine needs arms, aid and training. {0}
        """;

    /// <summary>Drops a letter, ingests, triages and drafts it; returns the message id.</summary>
    public static async Task<long> DraftedMessageAsync(CorrespondenceApp app, string tag = "1")
    {
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, $"{tag}.eml"), string.Format(UkraineLetter, tag));
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
        await using var db = app.NewDb();
        var message = await db.Messages.SingleAsync(m => m.MessageIdHeader == $"ukraine-{tag}@example.org");
        Assert.Equal(MessageStatus.Drafted, message.Status);
        return message.Id;
    }

    /// <summary>Approves the newest draft as a caseworker would; returns the outbox id.</summary>
    public static async Task<long> ApprovedAsync(CorrespondenceApp app, long messageId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReplyApproval>()
            .ApproveAsync(messageId, 1, "caseworker@test.local", "127.0.0.1", CancellationToken.None);
        Assert.True(result.Approved, result.Problem);
        return result.OutboxId!.Value;
    }

    /// <summary>One catch-up pass of the app's IMAP reader over the test server's INBOX.</summary>
    public static async Task SyncImapAsync(CorrespondenceApp app, DovecotServer dovecot)
    {
        var mailbox = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<InboxOptions>>().Value.Mailboxes[0];
        using var client = await dovecot.ConnectAsync();
        await client.Inbox.OpenAsync(MailKit.FolderAccess.ReadWrite);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ImapMailboxReader>().SyncAsync(client.Inbox, mailbox, CancellationToken.None);
        await client.DisconnectAsync(true);
    }

    /// <summary>Leaves an outbox row as a crash mid-send would: claimed (Sending) an hour ago and never finished.</summary>
    public static async Task SimulateCrashMidSendAsync(CorrespondenceApp app, long outboxId)
    {
        await using var db = app.NewDb();
        await db.Outbox.Where(o => o.Id == outboxId).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, OutboxStatus.Sending).SetProperty(o => o.SendingSince, DateTime.UtcNow.AddHours(-1)));
    }

    public static async Task RunSendJobAsync(CorrespondenceApp app, long outboxId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendReplyJob>().RunAsync(outboxId, CancellationToken.None);
    }

    /// <summary>
    /// <paramref name="count"/> approved replies, fast: one letter goes the whole way (ingest, triage, draft, approval)
    /// and its message, draft and outbox row are copied, each copy with its own mailbox UID, Message-IDs and recipient.
    /// For tests about sending, where 1,000 walks through triage would only add minutes.
    /// </summary>
    public static async Task<List<long>> ApprovedRepliesAsync(CorrespondenceApp app, int count, string run = "bulk")
    {
        var first = await ApprovedAsync(app, await DraftedMessageAsync(app, run));
        await using var db = app.NewDb();
        var reply = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == first);
        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == reply.MessageId);
        var draft = await db.Drafts.AsNoTracking().SingleAsync(d => d.Id == reply.DraftId);
        var office = app.Get<Microsoft.Extensions.Options.IOptions<Correspondence.Core.Office.OfficeOptions>>().Value;
        var copies = new List<(InboundMessage Message, Draft Draft)>();
        for (var i = 1; i < count; i++)
        {
            var m = (InboundMessage)db.Entry(message).CurrentValues.Clone().ToObject();
            m.Id = 0;
            m.Uid = message.Uid + 1_000_000 + i;
            m.MessageIdHeader = $"{run}-{i}@example.org";
            m.FromAddress = $"constituent.{i}@example.org";
            var d = (Draft)db.Entry(draft).CurrentValues.Clone().ToObject();
            d.Id = 0;
            m.Drafts.Add(d);
            copies.Add((m, d));
        }
        db.Messages.AddRange(copies.Select(c => c.Message));
        await db.SaveChangesAsync();
        var ids = new List<long> { first };
        var rows = copies.Select(c =>
        {
            var r = (OutboundReply)db.Entry(reply).CurrentValues.Clone().ToObject();
            r.Id = 0;
            r.MessageId = c.Message.Id;
            r.LetterReceivedAt = c.Message.ReceivedAt;
            r.DraftId = c.Draft.Id;
            r.MessageIdHeader = ReplyMessageBuilder.NewMessageId(office);
            r.InReplyTo = c.Message.MessageIdHeader;
            r.References = $"<{c.Message.MessageIdHeader}>";
            r.ToAddress = c.Message.FromAddress;
            return r;
        }).ToList();
        db.Outbox.AddRange(rows);
        await db.SaveChangesAsync();
        ids.AddRange(rows.Select(r => r.Id));
        return ids;
    }
}
