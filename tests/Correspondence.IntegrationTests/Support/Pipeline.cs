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
}
