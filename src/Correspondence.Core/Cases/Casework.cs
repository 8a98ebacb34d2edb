using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Cases;

/// <summary>A caseworker's moves on one message besides approving: close without reply, escalate, assign. Each is audited.</summary>
public sealed class Casework(CorrespondenceDbContext db, TimeProvider clock)
{
    public sealed record Result(bool Done, string? Problem)
    {
        public static readonly Result Ok = new(true, null);
        public static Result Refused(string problem) => new(false, problem);
    }

    public Task<Result> CloseAsync(long messageId, string reason, string actor, string? from, CancellationToken ct) =>
        MoveAsync(messageId, MessageStatus.Closed, reason, "closed without reply", actor, from, ct);

    public Task<Result> EscalateAsync(long messageId, string reason, string actor, string? from, CancellationToken ct) =>
        MoveAsync(messageId, MessageStatus.Escalated, reason, "escalated", actor, from, ct);

    private async Task<Result> MoveAsync(long messageId, MessageStatus to, string reason, string what, string actor, string? from, CancellationToken ct)
    {
        reason = reason.Trim();
        if (reason.Length == 0) return Result.Refused($"Say why it is {what}: the reason is kept with the case.");
        if (reason.Length > 500) return Result.Refused("Keep the reason under 500 characters.");
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return Result.Refused("This message no longer exists.");
        if (!StatusMachine.CanMove(message.Status, to))
            return Result.Refused($"A message that is {message.Status} cannot be {what}.");
        db.MoveTo(message, to, clock.GetUtcNow().UtcDateTime, actor, reason, from);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <param name="assignee">A user name, or null/empty to unassign.</param>
    public async Task<Result> AssignAsync(long messageId, string? assignee, string actor, string? from, CancellationToken ct)
    {
        assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        if (assignee is not null && !await db.Users.AnyAsync(u => u.UserName == assignee, ct))
            return Result.Refused($"There is no user {assignee}.");
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return Result.Refused("This message no longer exists.");
        var was = message.AssignedTo;
        if (was == assignee) return Result.Ok;
        message.AssignedTo = assignee;
        db.Record(clock.GetUtcNow().UtcDateTime, actor, "assigned", nameof(InboundMessage), messageId,
            $"{was ?? "nobody"} -> {assignee ?? "nobody"}", from);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>The next draft waiting for review after this one, oldest first; wraps to the oldest; skips others' assignments.</summary>
    public async Task<long?> NextAsync(long currentId, string actor, CancellationToken ct)
    {
        var current = await db.Messages.Where(m => m.Id == currentId).Select(m => new { m.ReceivedAt, m.Id }).SingleOrDefaultAsync(ct);
        var waiting = db.Messages.Where(m => m.Status == MessageStatus.Drafted && m.Id != currentId && (m.AssignedTo == null || m.AssignedTo == actor));
        if (current is not null)
        {
            var after = await waiting
                .Where(m => m.ReceivedAt > current.ReceivedAt || (m.ReceivedAt == current.ReceivedAt && m.Id > current.Id))
                .OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
            if (after is not null) return after;
        }
        return await waiting.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
    }
}
