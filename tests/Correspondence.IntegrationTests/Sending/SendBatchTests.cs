using Correspondence.Core.Cases;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer.Protocol;

namespace Correspondence.IntegrationTests.Sending;

/// <summary>
/// Without a rate limit one send job claims a batch of due replies (Sending:BatchSize) in one transaction, sends them
/// over one connection and records them Sent together (docs/decisions/0014). Each still goes exactly once; the first
/// failure ends the batch and the replies not yet tried go back to Queued untouched; with a rate limit, one at a time.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SendBatchTests
{
    private static CorrespondenceApp NewApp(int smtpPort, Dictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Sending:Transport"] = "Smtp",
            ["Sending:Smtp:Host"] = "127.0.0.1",
            ["Sending:Smtp:Port"] = smtpPort.ToString(),
            ["Sending:Smtp:Security"] = "None",
            ["Sending:RetryDelaySeconds"] = "0",
            ["Sending:RateLimit:PerMinute"] = "0",
            ["Sending:RateLimit:PerDay"] = "0",
            ["Sending:BatchSize"] = "10",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        return new CorrespondenceApp(settings, services);
    }

    private static List<string> ReceivedIds(TestSmtpServer smtp) =>
        smtp.Received.Select(raw => MimeMessage.Load(new MemoryStream(raw)).MessageId ?? "").ToList();

    [Fact]
    public async Task OneJob_ClaimsTenDueRepliesSendsThemOverOneConnection_TheirOwnJobsThenFindNothingToDo()
    {
        await using var smtp = new TestSmtpServer();
        await using var proxy = new SmtpFaultProxy(smtp.Port, _ => SmtpFault.None);
        await using var app = NewApp(proxy.Port);
        var ids = await Pipeline.ApprovedRepliesAsync(app, 25);

        await Pipeline.RunSendJobAsync(app, ids[20]);

        Assert.Equal(10, smtp.Received.Count);
        Assert.Equal(1, proxy.Connections);
        await using (var db = app.NewDb())
        {
            var rows = await db.Outbox.AsNoTracking().ToDictionaryAsync(o => o.Id);
            var sent = rows.Values.Where(r => r.Status == OutboxStatus.Sent).Select(r => r.Id).ToHashSet();
            Assert.Equal(10, sent.Count);
            Assert.Contains(ids[20], sent); // the job's own reply first, then the oldest due ones
            Assert.All(rows.Values.Where(r => !sent.Contains(r.Id)), r => Assert.Equal((OutboxStatus.Queued, 0), (r.Status, r.Attempts)));
            Assert.Equal(sent.Select(id => rows[id].MessageIdHeader).Order(), ReceivedIds(smtp).Order());
            // Each reply its own audit record and its message moved, in the batch's one transaction.
            var audited = await db.AuditRecords.Where(a => a.Action == "reply-sent").Select(a => a.EntityId).ToListAsync();
            Assert.Equal(sent.Select(id => id.ToString()).Order(), audited.Order());
            var messageIds = sent.Select(id => rows[id].MessageId).ToList();
            Assert.All(await db.Messages.Where(m => messageIds.Contains(m.Id)).Select(m => m.Status).ToListAsync(), s => Assert.Equal(MessageStatus.Sent, s));
        }

        // Every reply's own job (duplicates included) runs: nothing goes twice.
        foreach (var id in ids.Concat(ids)) await Pipeline.RunSendJobAsync(app, id);

        var received = ReceivedIds(smtp);
        Assert.Equal(25, received.Count);
        Assert.Equal(25, received.Distinct().Count());
        await using var check = app.NewDb();
        Assert.All(await check.Outbox.AsNoTracking().ToListAsync(), r => Assert.Equal((OutboxStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Fact]
    public async Task FailureMidBatch_AcceptedOnesSent_FailedOneFailed_UntriedOnesBackToQueuedUncounted()
    {
        var data = 0;
        await using var smtp = new TestSmtpServer
        {
            Decide = _ => Interlocked.Increment(ref data) == 3
                ? new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "5.1.1 mailbox unavailable")
                : SmtpResponse.Ok,
        };
        await using var app = NewApp(smtp.Port);
        var ids = await Pipeline.ApprovedRepliesAsync(app, 10);

        await Pipeline.RunSendJobAsync(app, ids[0]);

        Assert.Equal(2, smtp.Received.Count);
        await using (var db = app.NewDb())
        {
            var rows = await db.Outbox.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
            Assert.Equal([OutboxStatus.Sent, OutboxStatus.Sent, OutboxStatus.Failed], rows.Take(3).Select(r => r.Status));
            Assert.Contains("mailbox unavailable", rows[2].LastError);
            Assert.All(rows.Skip(3), r => Assert.Equal((OutboxStatus.Queued, 0, (string?)null), (r.Status, r.Attempts, r.SendingAccount)));
        }

        foreach (var id in ids) await Pipeline.RunSendJobAsync(app, id);
        var received = ReceivedIds(smtp);
        Assert.Equal(9, received.Count);
        Assert.Equal(9, received.Distinct().Count());
    }

    [Fact]
    public async Task WithARateLimit_EachJobSendsOnlyItsOwnReply()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp.Port, new() { ["Sending:RateLimit:PerMinute"] = "60000", ["Sending:RateLimit:PerDay"] = "0" });
        var ids = await Pipeline.ApprovedRepliesAsync(app, 5);

        await Pipeline.RunSendJobAsync(app, ids[0]);

        Assert.Single(smtp.Received);
        await using var db = app.NewDb();
        Assert.Equal(4, await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Queued));
    }

    [Fact]
    public async Task BatchRecordedSent_OneRowChangedWhileSending_TheOthersRecordedOneByOne_ThatOneLeftAsItIs()
    {
        var transport = new RecordingTransport();
        await using var app = NewApp(1, services: s => s.AddSingleton<IReplyTransport>(transport));
        var ids = await Pipeline.ApprovedRepliesAsync(app, 10);
        // While the batch is being sent a person settles the first reply by hand: the batch's one "-> Sent" statement then
        // takes 9 of its 10 rows, so the job undoes it (savepoint) and records the rows one by one.
        transport.BeforeSecond = async () =>
        {
            await using var db = app.NewDb();
            await db.Outbox.Where(o => o.Id == ids[0]).ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OutboxStatus.Failed));
        };

        await Pipeline.RunSendJobAsync(app, ids[0]);

        Assert.Equal(10, transport.Sent.Count);
        await using var check = app.NewDb();
        var rows = await check.Outbox.AsNoTracking().ToDictionaryAsync(o => o.Id);
        Assert.Equal(OutboxStatus.Failed, rows[ids[0]].Status);
        Assert.All(ids.Skip(1), id => Assert.Equal(OutboxStatus.Sent, rows[id].Status));
        var audited = await check.AuditRecords.Where(a => a.Action == "reply-sent").Select(a => a.EntityId).ToListAsync();
        Assert.Equal(ids.Skip(1).Select(id => id.ToString()).Order(), audited.Order());
        var sentMessages = ids.Skip(1).Select(id => rows[id].MessageId).ToList();
        Assert.All(await check.Messages.Where(m => sentMessages.Contains(m.Id)).Select(m => m.Status).ToListAsync(), st => Assert.Equal(MessageStatus.Sent, st));
    }

    /// <summary>Takes every reply; runs <see cref="BeforeSecond"/> just before taking the second one.</summary>
    private sealed class RecordingTransport : IReplyTransport
    {
        public List<string> Sent { get; } = [];
        public Func<Task>? BeforeSecond { get; set; }

        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            if (Sent.Count == 1 && BeforeSecond is { } hook) await hook();
            Sent.Add(message.MessageId ?? "");
        }

        public Task<bool?> WasDeliveredAsync(string messageId, CancellationToken ct) => Task.FromResult<bool?>(null);
    }
}
