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
/// Sends one outbox row (invariant 2). Takes an id; waits for a send slot under the account's rate limit (the job
/// schedules itself for the slot); claims the row by compare-and-swap Queued -> Sending, so a second run of the same
/// job, or a duplicate job, finds nothing to do. Transient failures put the row back to Queued and schedule a retry;
/// "too many" pauses the account; permanent failures mark it Failed with the server's words; a connection lost after
/// the server may have taken the reply marks it PossiblySent for a person. Never a blind resend.
/// </summary>
public sealed class SendReplyJob(CorrespondenceDbContext db, IReplyTransport transport, ImapSentFolder sentFolder, SendSlots slots,
    IBackgroundJobClient jobs, IOptions<OfficeOptions> office, IOptions<SendingOptions> options, TimeProvider clock, ILogger<SendReplyJob> log)
{
    // Retries are scheduled by the job itself from the outbox row (Sending:RetryDelaySeconds); Hangfire's own retries
    // only cover failures of the job itself (the database unavailable, ...).
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [10, 30, 60, 300, 900])]
    public async Task RunAsync(long outboxId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var slot = await slots.TakeAsync(outboxId, now, ct);
        if (slot is null)
        {
            log.LogDebug("Outbox {OutboxId} is not Queued; nothing to send", outboxId);
            return;
        }
        // The clock is read again: a slot from a pace row another worker created a moment after our first reading is
        // already due, and must not be put off to a scheduled job (side-by-side workers would all wait, none sending).
        if (slot > clock.GetUtcNow().UtcDateTime)
        {
            ScheduleAt(outboxId, slot.Value);
            return;
        }

        var claimed = await db.Outbox
            .Where(o => o.Id == outboxId && o.Status == OutboxStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Sending)
                .SetProperty(o => o.SendingSince, now)
                .SetProperty(o => o.SlotAt, slot)
                .SetProperty(o => o.SendingAccount, options.Value.AccountKey)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1), ct);
        if (claimed == 0)
        {
            log.LogDebug("Outbox {OutboxId} was claimed by another run; nothing to send", outboxId);
            return;
        }

        var reply = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == outboxId, ct);
        var letter = reply.Kind == OutboundKind.Forward ? await Constituency.OriginalLetter.LoadAsync(db, reply.MessageId, office.Value, ct) : null;
        var mime = ReplyMessageBuilder.Build(reply, office.Value, reply.QueuedAt, letter);
        try
        {
            await transport.SendAsync(mime, ct);
        }
        catch (PermanentSendException ex)
        {
            await FailAsync(reply, ex.Message, OutboxStatus.Failed, MessageStatus.SendFailed, ct);
            return;
        }
        catch (AmbiguousSendException ex)
        {
            await FailAsync(reply, ex.Message + " Check the recipient's mailbox or the Sent folder, then mark it sent or send it again.",
                OutboxStatus.PossiblySent, MessageStatus.PossiblySent, ct);
            return;
        }
        catch (ThrottledSendException ex)
        {
            var until = clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.RateLimit.BackoffSeconds);
            await slots.PauseAsync(until, ex.Message, now, CancellationToken.None);
            // Not this reply's fault: the attempt is not counted against Sending:MaxAttempts.
            await RequeueAsync(outboxId, until, ex.Message, countAttempt: false);
            log.LogWarning("Sending paused until {Until:u}: {Reason}; outbox {OutboxId} waits", until, ex.Message, outboxId);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (reply.Attempts >= options.Value.MaxAttempts)
            {
                await FailAsync(reply, $"gave up after {reply.Attempts} attempts: {ex.Message}", OutboxStatus.Failed, MessageStatus.SendFailed, ct);
                return;
            }
            var retryAt = clock.GetUtcNow().UtcDateTime + RetryDelay(reply.Attempts);
            await RequeueAsync(outboxId, retryAt, ex.Message, countAttempt: true);
            log.LogWarning("Sending outbox {OutboxId} failed (attempt {Attempt}): {Reason}; will retry at {RetryAt:u}", outboxId, reply.Attempts, ex.Message, retryAt);
            return;
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

    /// <summary>Sending -> Queued with the time it may go again (not a slot reservation: SendingAccount cleared), and a job for then.</summary>
    private async Task RequeueAsync(long outboxId, DateTime retryAt, string reason, bool countAttempt)
    {
        var requeued = await db.Outbox.Where(o => o.Id == outboxId && o.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Queued)
                .SetProperty(o => o.SlotAt, retryAt)
                .SetProperty(o => o.SendingAccount, (string?)null)
                .SetProperty(o => o.Attempts, o => countAttempt ? o.Attempts : o.Attempts - 1)
                .SetProperty(o => o.LastError, Truncate(reason)), CancellationToken.None);
        if (requeued == 1) ScheduleAt(outboxId, retryAt);
    }

    private void ScheduleAt(long outboxId, DateTime at)
    {
        if (at <= clock.GetUtcNow().UtcDateTime)
            jobs.Enqueue<SendReplyJob>(j => j.RunAsync(outboxId, CancellationToken.None));
        else
            jobs.Schedule<SendReplyJob>(j => j.RunAsync(outboxId, CancellationToken.None), new DateTimeOffset(at, TimeSpan.Zero));
    }

    /// <summary>Sending:RetryDelaySeconds after the first failure, three times longer after each further one, at most an hour.</summary>
    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, options.Value.RetryDelaySeconds * Math.Pow(3, Math.Max(0, attempts - 1))));

    /// <summary>Sending (or PossiblySent, after a person checked) -> Sent and the message -> Sent, in one transaction with the audit record.</summary>
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
        log.LogDebug("Outbox {OutboxId} sent", outboxId);
    }

    /// <summary>Sending -> Failed or PossiblySent, the message moved with it, and the audit record, in one transaction.</summary>
    private async Task FailAsync(OutboundReply reply, string reason, OutboxStatus to, MessageStatus messageStatus, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var changed = await db.Outbox.Where(o => o.Id == reply.Id && o.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, to).SetProperty(o => o.LastError, Truncate(reason)), CancellationToken.None);
        if (changed == 1)
        {
            var message = await db.Messages.SingleAsync(m => m.Id == reply.MessageId, CancellationToken.None);
            if (reply.Kind == OutboundKind.Reply && StatusMachine.CanMove(message.Status, messageStatus))
                db.MoveTo(message, messageStatus, now, Audit.System, reason);
            db.Record(now, Audit.System, to == OutboxStatus.Failed ? "send-failed" : "possibly-sent", nameof(OutboundReply), reply.Id, Truncate(reason));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        await tx.CommitAsync(CancellationToken.None);
        log.LogError("Outbox {OutboxId} {Status}: {Reason}", reply.Id, to, reason);
    }

    private static string Truncate(string s) => s.Length > 2000 ? s[..2000] : s;
}
