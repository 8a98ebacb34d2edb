using Correspondence.Core.Cases;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;
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
    private static CorrespondenceApp NewApp(int smtpPort, Dictionary<string, string?>? extra = null)
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
        return new CorrespondenceApp(settings);
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
}
