using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.IntegrationTests.Support;
using MailKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Correspondence.IntegrationTests.Imap;

/// <summary>Invariant 1 against a real Dovecot: every message in the mailbox stored exactly once.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ImapIngestTests
{
    [Fact]
    public async Task Sync_500Messages_EachStoredOnceWithItsFields()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await dovecot.AppendAsync(TestMail.Letters(0, 500));
        await using var app = new CorrespondenceApp(ImapSettings.For(dovecot.Host, dovecot.Port));

        await Pipeline.SyncImapAsync(app, dovecot);
        await Pipeline.SyncImapAsync(app, dovecot); // a second pass finds nothing new

        await using var db = app.NewDb();
        Assert.Equal(500, await db.Messages.CountAsync());
        Assert.Equal(500, await db.Messages.Select(m => m.MessageIdHeader).Distinct().CountAsync());
        var m7 = await db.Messages.SingleAsync(m => m.MessageIdHeader == TestMail.MessageId(7));
        Assert.Equal(8, m7.Uid);
        Assert.Equal("mary.7@example.org", m7.FromAddress);
        Assert.Equal("Mary Seacole", m7.FromName);
        Assert.Equal("Defence spending (7)", m7.Subject);
        Assert.Contains("Letter number 7", m7.TextBody);
        Assert.Equal("M1 1AE", m7.Postcodes);
        var checkpoint = await db.MailboxCheckpoints.SingleAsync();
        Assert.Equal(500, checkpoint.HighestUid);
    }

    [Fact]
    public async Task Sync_UidValidityChanges_NoDuplicatesAndNoneLost()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await dovecot.AppendAsync(TestMail.Letters(0, 50));
        await using var app = new CorrespondenceApp(ImapSettings.For(dovecot.Host, dovecot.Port));
        await Pipeline.SyncImapAsync(app, dovecot);

        // The provider rebuilds the mailbox: the same 50 come back under new UIDs and a new UIDVALIDITY, plus 10 new.
        await dovecot.RecreateInboxAsync();
        await dovecot.AppendAsync(TestMail.Letters(0, 60));
        await Pipeline.SyncImapAsync(app, dovecot);

        await using var db = app.NewDb();
        Assert.Equal(60, await db.Messages.CountAsync());
        Assert.Equal(60, await db.Messages.Select(m => m.MessageIdHeader).Distinct().CountAsync());
        Assert.Equal(2, await db.Messages.Select(m => m.UidValidity).Distinct().CountAsync());
        Assert.Equal(60, (await db.MailboxCheckpoints.SingleAsync()).HighestUid);
    }

    [Fact]
    public async Task Sync_CrashBeforeMarkingSeen_NextSyncMarksTheStoredMessages()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await dovecot.AppendAsync(TestMail.Letters(0, 20));
        var database = Path.Combine(dovecot.Root, "shared.db");
        var settings = ImapSettings.For(dovecot.Host, dovecot.Port);
        settings["Database:ConnectionString"] = $"Data Source={database}";
        // First run: stored and checkpointed, then "killed" before \Seen was set (MarkSeen off stands in for the crash).
        await using (var first = new CorrespondenceApp(settings))
            await Pipeline.SyncImapAsync(first, dovecot);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        settings["Inbox:Mailboxes:0:MarkSeen"] = "true";
        await using var second = new CorrespondenceApp(settings);
        await Pipeline.SyncImapAsync(second, dovecot);

        using var client = await dovecot.ConnectAsync();
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        Assert.Empty(await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.NotSeen));
        await using var db = second.NewDb();
        Assert.Equal(20, await db.Messages.CountAsync());
    }

    [Fact]
    public async Task Worker_ConnectionDroppedMidFetch_ReconnectsAndFinishes()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await dovecot.AppendAsync(TestMail.Letters(0, 1000));
        // The first connection is cut after ~150 KB from the server: in the middle of the first batch's FETCH.
        await using var proxy = new DroppingTcpProxy(dovecot.Host, dovecot.Port, dropFirstConnectionAfterBytes: 150_000);
        await using var app = new CorrespondenceApp(ImapSettings.For("127.0.0.1", proxy.Port, runWorker: true));
        _ = app.Services;

        var count = await Eventually.GetAsync(async () =>
        {
            await using var db = app.NewDb();
            var n = await db.Messages.CountAsync();
            return n == 1000 ? (int?)n : null;
        }, "all 1000 messages after the dropped connection", seconds: 60);

        Assert.True(proxy.DroppedConnections >= 1, "the proxy never dropped a connection, so the test proved nothing");
        Assert.True(proxy.Connections >= 2, "the worker did not reconnect");
        await using var check = app.NewDb();
        Assert.Equal(count, await check.Messages.Select(m => m.Uid).Distinct().CountAsync());
    }

    [Fact]
    public async Task Worker_NewMailDuringIdle_IsIngestedOnTheSameConnection()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await dovecot.AppendAsync(TestMail.Letters(0, 3));
        await using var proxy = new DroppingTcpProxy(dovecot.Host, dovecot.Port, dropFirstConnectionAfterBytes: long.MaxValue);
        await using var app = new CorrespondenceApp(ImapSettings.For("127.0.0.1", proxy.Port, runWorker: true));
        _ = app.Services;
        await WaitForCountAsync(app, 3);

        // Arrives while the worker sits in IDLE: the server's EXISTS wakes it, no poll and no reconnect needed.
        await dovecot.AppendAsync(TestMail.Letters(3, 2));
        await WaitForCountAsync(app, 5);

        Assert.Equal(1, proxy.Connections);
    }

    private static Task WaitForCountAsync(CorrespondenceApp app, int expected) =>
        Eventually.GetAsync(async () =>
        {
            await using var db = app.NewDb();
            return await db.Messages.CountAsync() == expected;
        }, $"{expected} messages stored", seconds: 30);

    [Fact]
    public async Task Sync_HostileCorpus_EveryMessageStoredOrQuarantinedAndLaterMailStillFlows()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "hostile"), "*.eml").Order().ToList();
        Assert.True(files.Count >= 50, $"the hostile corpus has only {files.Count} files");
        await using var dovecot = await DovecotServer.StartAsync();
        await dovecot.AppendAsync(files.Select(File.ReadAllBytes));
        await dovecot.AppendAsync([TestMail.Letter(1)]);
        await using var app = new CorrespondenceApp(ImapSettings.For(dovecot.Host, dovecot.Port));

        await Pipeline.SyncImapAsync(app, dovecot);
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).ProcessPendingAsync(CancellationToken.None);

        await using var db = app.NewDb();
        var stored = await db.Messages.Select(m => new { m.Uid, m.Status, m.StatusReason, m.Subject, m.MessageIdHeader }).ToListAsync();
        // Every UID is accounted for: stored once, none lost (de-duplication only merges identical Message-ID + body).
        Assert.Equal(files.Count + 1, stored.Count);
        Assert.All(stored.Where(m => m.Status == MessageStatus.Quarantined), m => Assert.False(string.IsNullOrWhiteSpace(m.StatusReason)));
        // Nothing is left half-processed, and the ordinary letter after the hostile ones was drafted.
        Assert.DoesNotContain(stored, m => m.Status is MessageStatus.Received or MessageStatus.Triaged);
        Assert.Equal(MessageStatus.Drafted, stored.Single(m => m.MessageIdHeader == TestMail.MessageId(1)).Status);
        Assert.Contains(stored, m => m.Status == MessageStatus.Quarantined);
        // No header injection survives into what we would reply to.
        Assert.DoesNotContain(await db.Messages.Select(m => m.Subject + m.FromName).ToListAsync(), s => s.Contains('\r') || s.Contains('\n'));
    }

}
