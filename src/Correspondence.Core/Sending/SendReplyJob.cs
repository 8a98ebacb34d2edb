using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Office;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Sending;

/// <summary>
/// Sends one outbox row (invariant 2). Takes an id, claims the row by compare-and-swap Queued -> Sending, so a second
/// run of the same job, or a duplicate job, finds nothing to do. Transient failures put the row back to Queued and
/// let Hangfire retry with backoff; permanent ones mark it Failed with the server's words.
/// </summary>
public sealed class SendReplyJob(CorrespondenceDbContext db, IReplyTransport transport, ImapSentFolder sentFolder, IOptions<OfficeOptions> office,
    IOptions<SendingOptions> options, TimeProvider clock, ILogger<SendReplyJob> log)
{
    [AutomaticRetry(Attempts = 7, DelaysInSeconds = [10, 30, 60, 300, 900, 1800, 3600])]
    public async Task RunAsync(long outboxId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Outbox
            .Where(o => o.Id == outboxId && o.Status == OutboxStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Sending)
                .SetProperty(o => o.SendingSince, now)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1), ct);
        if (claimed == 0)
        {
            log.LogInformation("Outbox {OutboxId} is not Queued; nothing to send", outboxId);
            return;
        }

        var reply = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == outboxId, ct);
        var mime = ReplyMessageBuilder.Build(reply, office.Value, reply.QueuedAt);
        try
        {
            await transport.SendAsync(mime, ct);
        }
        catch (PermanentSendException ex)
        {
            await FailAsync(reply, ex.Message, ct);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (reply.Attempts >= options.Value.MaxAttempts)
            {
                await FailAsync(reply, $"gave up after {reply.Attempts} attempts: {ex.Message}", ct);
                return;
            }
            await db.Outbox.Where(o => o.Id == outboxId && o.Status == OutboxStatus.Sending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Status, OutboxStatus.Queued)
                    .SetProperty(o => o.LastError, Truncate(ex.Message)), CancellationToken.None);
            log.LogWarning("Sending outbox {OutboxId} failed (attempt {Attempt}): {Reason}; will retry", outboxId, reply.Attempts, ex.Message);
            throw;
        }
        await MarkSentAsync(outboxId, Audit.System, "sent", ct);
        if (options.Value.Transport == ReplyTransportKind.Smtp)
        {
            var original = await db.Messages.AsNoTracking().Where(m => m.Id == reply.MessageId)
                .Select(m => new { m.Mailbox, m.UidValidity, m.Uid }).SingleAsync(CancellationToken.None);
            await sentFolder.RecordAsync(mime, original.Mailbox, original.UidValidity, original.Uid,
                flagAnswered: reply.Kind == OutboundKind.Reply, CancellationToken.None);
        }
    }

    /// <summary>Sending -> Sent and the message Approved -> Sent, in one transaction with the audit record.</summary>
    internal async Task MarkSentAsync(long outboxId, string actor, string detail, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var updated = await db.Outbox
            .Where(o => o.Id == outboxId && (o.Status == OutboxStatus.Sending || o.Status == OutboxStatus.PossiblySent))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent).SetProperty(o => o.SentAt, now), CancellationToken.None);
        if (updated == 1)
        {
            var reply = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == outboxId, CancellationToken.None);
            var message = await db.Messages.SingleAsync(m => m.Id == reply.MessageId, CancellationToken.None);
            if (reply.Kind == OutboundKind.Reply && StatusMachine.CanMove(message.Status, MessageStatus.Sent))
                db.MoveTo(message, MessageStatus.Sent, now, actor, detail);
            db.Record(now, actor, "reply-sent", nameof(OutboundReply), outboxId, $"to message {reply.MessageId}, Message-ID {reply.MessageIdHeader}");
            await db.SaveChangesAsync(CancellationToken.None);
        }
        await tx.CommitAsync(CancellationToken.None);
        log.LogInformation("Outbox {OutboxId} sent", outboxId);
    }

    private async Task FailAsync(OutboundReply reply, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.Outbox.Where(o => o.Id == reply.Id && o.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Failed).SetProperty(o => o.LastError, Truncate(reason)), CancellationToken.None);
        var message = await db.Messages.SingleAsync(m => m.Id == reply.MessageId, CancellationToken.None);
        if (reply.Kind == OutboundKind.Reply && StatusMachine.CanMove(message.Status, MessageStatus.SendFailed))
            db.MoveTo(message, MessageStatus.SendFailed, now, Audit.System, reason);
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        log.LogError("Outbox {OutboxId} failed permanently: {Reason}", reply.Id, reason);
    }

    private static string Truncate(string s) => s.Length > 2000 ? s[..2000] : s;
}
