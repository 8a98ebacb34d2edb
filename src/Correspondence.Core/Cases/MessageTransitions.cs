using Correspondence.Core.Auditing;
using Correspondence.Core.Data;

namespace Correspondence.Core.Cases;

/// <summary>The one way a message's status changes: checked against the machine, stamped, and audited in the same unit of work.</summary>
public static class MessageTransitions
{
    public static void MoveTo(this CorrespondenceDbContext db, InboundMessage message, MessageStatus to,
        DateTime at, string actor, string? reason = null, string? from = null)
    {
        var was = message.Status;
        StatusMachine.EnsureCanMove(was, to);
        message.Status = to;
        message.StatusReason = reason;
        message.StatusChangedAt = at;
        db.Record(at, actor, $"status:{to}", nameof(InboundMessage), message.Id,
            reason is null ? $"{was} -> {to}" : $"{was} -> {to}: {reason}", from);
    }
}
