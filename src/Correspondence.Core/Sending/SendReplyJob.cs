using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Office;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

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

        // One connection for the whole batch: EF Core would otherwise open (and set the SQLite pragmas on) one per statement.
        await db.Database.OpenConnectionAsync(ct);
        var claimed = await ClaimAsync(outboxId, slot.Value, now, ct);
        if (claimed.Count == 0)
        {
            log.LogDebug("Outbox {OutboxId} was claimed by another run; nothing to send", outboxId);
            return;
        }
        var rows = await db.Outbox.AsNoTracking().Where(o => claimed.Contains(o.Id)).ToListAsync(ct);
        await SendClaimedAsync(rows.OrderBy(o => o.Id != outboxId).ThenBy(o => o.Id).ToList(), now, ct);
    }

    /// <summary>
    /// Queued -> Sending by compare-and-swap, for this job's row and, when no rate limit applies, up to BatchSize - 1
    /// other due rows, in one transaction (one durable commit for the batch; docs/decisions/0014). The other rows are
    /// claimed by one compare-and-swap statement; if it did not take every one of them (another worker took one between
    /// the look-up and the update, which SQLite's single writer rules out), we cannot tell which, so that statement is
    /// undone (a savepoint) and they are claimed row by row. Their own jobs, when they run, find them no longer Queued.
    /// </summary>
    private async Task<List<long>> ClaimAsync(long outboxId, DateTime slot, DateTime now, CancellationToken ct)
    {
        var account = options.Value.AccountKey;
        var batch = options.Value.RateLimit.Unlimited ? options.Value.BatchSize : 1;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await ClaimOneAsync(outboxId, slot, now, account, ct) == 0) return [];
        var claimed = new List<long> { outboxId };
        if (batch > 1 && await DueOthersAsync(outboxId, now, batch - 1, ct) is { Count: > 0 } others)
        {
            await tx.CreateSavepointAsync("others", ct);
            if (await ClaimAllAsync(others, now, now, account, ct) == others.Count)
                claimed.AddRange(others);
            else
            {
                await tx.RollbackToSavepointAsync("others", ct);
                foreach (var id in others)
                    if (await ClaimOneAsync(id, now, now, account, ct) == 1) claimed.Add(id);
            }
        }
        await tx.CommitAsync(ct);
        return claimed;
    }

    /// <summary>Due rows only: a retry waiting for its time (SlotAt ahead) keeps waiting. Oldest first.</summary>
    private Task<List<long>> DueOthersAsync(long outboxId, DateTime now, int count, CancellationToken ct) =>
        db.Outbox.Where(o => o.Status == OutboxStatus.Queued && o.Id != outboxId && (o.SlotAt == null || o.SlotAt <= now))
            .OrderBy(o => o.Id).Select(o => o.Id).Take(count).ToListAsync(ct);

    private Task<int> ClaimOneAsync(long id, DateTime slot, DateTime now, string account, CancellationToken ct) =>
        ClaimAllAsync([id], slot, now, account, ct);

    /// <summary>Queued -> Sending for those of <paramref name="ids"/> still Queued; returns how many.</summary>
    private Task<int> ClaimAllAsync(List<long> ids, DateTime slot, DateTime now, string account, CancellationToken ct) =>
        db.Outbox.Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Sending)
                .SetProperty(o => o.SendingSince, now)
                .SetProperty(o => o.SlotAt, slot)
                .SetProperty(o => o.SendingAccount, account)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1), ct);

    /// <summary>
    /// Sends the claimed rows one after another over one connection, then records those the server accepted as Sent in
    /// one transaction. The first failure ends the batch: the accepted ones are recorded, the failed one is handled as
    /// a single send would be, and the rows not yet tried go back to Queued (never handed over, so safe to send later).
    /// </summary>
    private async Task SendClaimedAsync(List<OutboundReply> rows, DateTime now, CancellationToken ct)
    {
        var accepted = new List<(OutboundReply Reply, MimeMessage Mime)>();
        var next = 0; // the first row not yet handed to the transport
        DateTime? releaseAt = null;
        try
        {
            IReplySession? session = null;
            try
            {
                while (next < rows.Count)
                {
                    var reply = rows[next++];
                    // A forward to another MP's office carries the constituent's letter as message/rfc822.
                    var letter = reply.Kind == OutboundKind.Forward ? await Constituency.OriginalLetter.LoadAsync(db, reply.MessageId, office.Value, ct) : null;
                    var mime = ReplyMessageBuilder.Build(reply, office.Value, reply.QueuedAt, letter);
                    try
                    {
                        session ??= transport is IBatchReplyTransport batching ? await batching.OpenSessionAsync(ct) : new OneByOneSession(transport);
                        await session.SendAsync(mime, ct);
                        accepted.Add((reply, mime));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        releaseAt = await HandleFailureAsync(reply, ex, now, ct);
                        return;
                    }
                }
            }
            finally
            {
                if (session is not null) await session.DisposeAsync();
            }
        }
        finally
        {
            // Also on cancellation: what the server took is recorded, what was never tried goes back.
            if (accepted.Count > 0) await MarkSentAsync(accepted.Select(a => a.Reply).ToList(), Audit.System, "sent");
            if (next < rows.Count) await ReleaseAsync(rows.Skip(next).Select(r => r.Id).ToList(), releaseAt ?? clock.GetUtcNow().UtcDateTime);
        }
        if (options.Value.Transport == ReplyTransportKind.Smtp && accepted.Count > 0 && sentFolder.Configured)
        {
            var messageIds = accepted.Select(a => a.Reply.MessageId).ToList();
            var originals = await db.Messages.AsNoTracking().Where(m => messageIds.Contains(m.Id))
                .Select(m => new { m.Id, m.Mailbox, m.UidValidity, m.Uid }).ToDictionaryAsync(m => m.Id, CancellationToken.None);
            foreach (var (reply, mime) in accepted)
            {
                var original = originals[reply.MessageId];
                await sentFolder.RecordAsync(mime, original.Mailbox, original.UidValidity, original.Uid,
                    flagAnswered: reply.Kind == OutboundKind.Reply, CancellationToken.None);
            }
        }
    }

    /// <summary>One reply's failure, as a single send handles it; returns when the rest of the batch may go (a pause), or null for now.</summary>
    private async Task<DateTime?> HandleFailureAsync(OutboundReply reply, Exception failure, DateTime now, CancellationToken ct)
    {
        switch (failure)
        {
            case PermanentSendException ex:
                await FailAsync(reply, ex.Message, OutboxStatus.Failed, MessageStatus.SendFailed, ct);
                return null;
            case AmbiguousSendException ex:
                await FailAsync(reply, ex.Message + " Check the recipient's mailbox or the Sent folder, then mark it sent or send it again.",
                    OutboxStatus.PossiblySent, MessageStatus.PossiblySent, ct);
                return null;
            case ThrottledSendException ex:
                var until = clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.RateLimit.BackoffSeconds);
                await slots.PauseAsync(until, ex.Message, now, CancellationToken.None);
                // Not this reply's fault: the attempt is not counted against Sending:MaxAttempts.
                await RequeueAsync(reply.Id, until, ex.Message, countAttempt: false);
                log.LogWarning("Sending paused until {Until:u}: {Reason}; outbox {OutboxId} waits", until, ex.Message, reply.Id);
                return until;
            default:
                if (reply.Attempts >= options.Value.MaxAttempts)
                {
                    await FailAsync(reply, $"gave up after {reply.Attempts} attempts: {failure.Message}", OutboxStatus.Failed, MessageStatus.SendFailed, ct);
                    return null;
                }
                var retryAt = clock.GetUtcNow().UtcDateTime + RetryDelay(reply.Attempts);
                await RequeueAsync(reply.Id, retryAt, failure.Message, countAttempt: true);
                log.LogWarning("Sending outbox {OutboxId} failed (attempt {Attempt}): {Reason}; will retry at {RetryAt:u}", reply.Id, reply.Attempts, failure.Message, retryAt);
                return null;
        }
    }

    /// <summary>Claimed rows never handed to the transport: Sending -> Queued, the claim's attempt not counted, a job each for <paramref name="at"/>.</summary>
    private async Task ReleaseAsync(List<long> ids, DateTime at)
    {
        await db.Outbox.Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Queued)
                .SetProperty(o => o.SlotAt, at)
                .SetProperty(o => o.SendingAccount, (string?)null)
                .SetProperty(o => o.Attempts, o => o.Attempts - 1), CancellationToken.None);
        foreach (var id in ids) ScheduleAt(id, at);
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

    /// <summary>
    /// The replies the server accepted -> Sent (each by compare-and-swap from Sending or PossiblySent) and their messages
    /// -> Sent, with an audit record each, in one transaction: one durable commit for a batch.
    /// </summary>
    private async Task MarkSentAsync(IReadOnlyList<OutboundReply> replies, string actor, string detail)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = replies.Select(r => r.Id).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var marked = new List<OutboundReply>();
        // One statement for the batch when it takes every row (the usual case). When it takes fewer we cannot tell which,
        // so that statement is undone (a savepoint) and the rows go one by one.
        await tx.CreateSavepointAsync("batch", CancellationToken.None);
        if (await MarkSentRowsAsync(ids, now) == ids.Count)
            marked.AddRange(replies);
        else
        {
            await tx.RollbackToSavepointAsync("batch", CancellationToken.None);
            foreach (var reply in replies)
                if (await MarkSentRowsAsync([reply.Id], now) == 1) marked.Add(reply);
        }
        if (marked.Count > 0)
        {
            var messageIds = marked.Select(r => r.MessageId).Distinct().ToList();
            var messages = await db.Messages.Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, CancellationToken.None);
            foreach (var reply in marked)
            {
                var message = messages[reply.MessageId];
                if (reply.Kind == OutboundKind.Reply && StatusMachine.CanMove(message.Status, MessageStatus.Sent))
                    db.MoveTo(message, MessageStatus.Sent, now, actor, detail);
                db.Record(now, actor, "reply-sent", nameof(OutboundReply), reply.Id, $"to message {reply.MessageId}, Message-ID {reply.MessageIdHeader}");
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        await tx.CommitAsync(CancellationToken.None);
        log.LogDebug("{Count} outbox row(s) sent", marked.Count);
    }

    /// <summary>Sending or PossiblySent -> Sent by compare-and-swap for those of <paramref name="ids"/>; returns how many.</summary>
    private Task<int> MarkSentRowsAsync(List<long> ids, DateTime now) =>
        db.Outbox.Where(o => ids.Contains(o.Id) && (o.Status == OutboxStatus.Sending || o.Status == OutboxStatus.PossiblySent))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent).SetProperty(o => o.SentAt, now), CancellationToken.None);

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
