using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Sending;

/// <summary>
/// The outbox, not the job store, is the source of truth (invariant 2). On start and on a timer: rows still Queued get
/// a send job again (a forgotten job loses nothing; a duplicate job finds the row claimed), and rows stuck in Sending
/// are confirmed through the transport or handed to a person as PossiblySent.
/// </summary>
public sealed class OutboxSweeper(CorrespondenceDbContext db, IBackgroundJobClient jobs, IReplyTransport transport,
    IOptions<SendingOptions> options, TimeProvider clock, ILogger<OutboxSweeper> log)
{
    public const string RecurringJobId = "outbox-sweep";

    [DisableConcurrentExecution(60)]
    public async Task SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queuedBefore = now - TimeSpan.FromMinutes(options.Value.RequeueAfterMinutes);
        // Due (its send slot or retry time, else its last attempt or approval) long enough ago that its job must be lost.
        // A reply waiting for a slot still ahead is left alone: its job is scheduled for then.
        var queued = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Queued && (o.SlotAt ?? o.SendingSince ?? o.QueuedAt) < queuedBefore)
            .OrderBy(o => o.Id).Select(o => o.Id).Take(1000).ToListAsync(ct);
        foreach (var id in queued)
            jobs.Enqueue<SendReplyJob>(j => j.RunAsync(id, CancellationToken.None));
        if (queued.Count > 0)
            log.LogInformation("Re-enqueued {Count} queued repl(ies) from the outbox", queued.Count);

        var staleBefore = now - TimeSpan.FromMinutes(options.Value.StaleSendingMinutes);
        var stuck = await db.Outbox.Where(o => o.Status == OutboxStatus.Sending && o.SendingSince < staleBefore)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.MessageIdHeader, o.MessageId }).Take(100).ToListAsync(ct);
        foreach (var row in stuck)
            await ResolveStuckAsync(row.Id, row.MessageIdHeader, row.MessageId, ct);
    }

    private async Task ResolveStuckAsync(long outboxId, string messageIdHeader, long messageId, CancellationToken ct)
    {
        bool? delivered;
        try
        {
            delivered = await transport.WasDeliveredAsync(messageIdHeader, ct);
        }
        catch (Exception ex)
        {
            log.LogWarning("Could not check whether outbox {OutboxId} was delivered ({Reason}); will check again", outboxId, ex.Message);
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (to, action) = delivered switch
        {
            true => (OutboxStatus.Sent, "confirmed sent after an interrupted send"),
            false => (OutboxStatus.Queued, "not delivered before an interrupted send; queued again"),
            null => (OutboxStatus.PossiblySent, "interrupted mid-send and cannot be confirmed: a person must check before resending"),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Outbox.Where(o => o.Id == outboxId && o.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, to).SetProperty(o => o.SentAt, o => to == OutboxStatus.Sent ? now : o.SentAt), ct);
        if (changed == 1)
        {
            var message = await db.Messages.SingleAsync(m => m.Id == messageId, ct);
            var messageStatus = to switch
            {
                OutboxStatus.Sent => MessageStatus.Sent,
                OutboxStatus.PossiblySent => MessageStatus.PossiblySent,
                _ => message.Status,
            };
            if (messageStatus != message.Status && StatusMachine.CanMove(message.Status, messageStatus))
                db.MoveTo(message, messageStatus, now, Audit.System, action);
            db.Record(now, Audit.System, "outbox-recovered", nameof(OutboundReply), outboxId, action);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        if (changed == 1 && to == OutboxStatus.Queued)
            jobs.Enqueue<SendReplyJob>(j => j.RunAsync(outboxId, CancellationToken.None));
        log.LogWarning("Outbox {OutboxId}: {Action}", outboxId, action);
    }
}
