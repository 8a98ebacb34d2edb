using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Sending;

/// <summary>
/// What a person decides about a reply the sender could not settle: PossiblySent confirmed as arrived ("mark sent"),
/// or PossiblySent / Failed sent again after they checked. Each is a compare-and-swap on the row, moved together
/// with the message's status and an audit record naming the person.
/// </summary>
public sealed class OutboxActions(CorrespondenceDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <returns>null when done, else why not.</returns>
    public async Task<string?> MarkSentAsync(long outboxId, string actor, string? from, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Outbox.Where(o => o.Id == outboxId && o.Status == OutboxStatus.PossiblySent)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent).SetProperty(o => o.SentAt, now), ct);
        if (changed == 0) return "Only a reply that is PossiblySent can be marked sent; someone may have dealt with it already.";
        var messageId = await db.Outbox.Where(o => o.Id == outboxId).Select(o => o.MessageId).SingleAsync(ct);
        var message = await db.Messages.SingleAsync(m => m.Id == messageId, ct);
        if (StatusMachine.CanMove(message.Status, MessageStatus.Sent))
            db.MoveTo(message, MessageStatus.Sent, now, actor, "a person confirmed the reply arrived", from);
        db.Record(now, actor, "reply-marked-sent", nameof(OutboundReply), outboxId, "PossiblySent -> Sent: confirmed by a person", from);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <returns>null when queued again, else why not.</returns>
    public async Task<string?> SendAgainAsync(long outboxId, string actor, string? from, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = await db.Outbox.AsNoTracking().Where(o => o.Id == outboxId).Select(o => new { o.Status, o.MessageId }).SingleOrDefaultAsync(ct);
        if (row is null || row.Status is not (OutboxStatus.PossiblySent or OutboxStatus.Failed))
            return "Only a Failed or PossiblySent reply can be sent again; someone may have dealt with it already.";
        var changed = await db.Outbox.Where(o => o.Id == outboxId && o.Status == row.Status)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Queued)
                .SetProperty(o => o.Attempts, 0)
                .SetProperty(o => o.SlotAt, (DateTime?)null)
                .SetProperty(o => o.SendingAccount, (string?)null), ct);
        if (changed == 0) return "The reply changed meanwhile; reload the page.";
        var message = await db.Messages.SingleAsync(m => m.Id == row.MessageId, ct);
        if (StatusMachine.CanMove(message.Status, MessageStatus.Approved))
            db.MoveTo(message, MessageStatus.Approved, now, actor, $"send again after {row.Status}, checked by a person", from);
        db.Record(now, actor, "reply-send-again", nameof(OutboundReply), outboxId, $"{row.Status} -> Queued", from);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        jobs.Enqueue<SendReplyJob>(j => j.RunAsync(outboxId, CancellationToken.None));
        return null;
    }
}
