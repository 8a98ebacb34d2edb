using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Inbox;

/// <summary>A delivery-status report about one of our replies marks that reply, and its message, Bounced for a person.</summary>
public sealed class BounceRecorder(CorrespondenceDbContext db, ILogger<BounceRecorder> log)
{
    /// <summary>Runs inside the ingest transaction; the caller saves.</summary>
    public async Task RecordAsync(string bouncedMessageId, long reportMessageId, DateTime now, CancellationToken ct)
    {
        var reply = await db.Outbox.SingleOrDefaultAsync(o => o.MessageIdHeader == bouncedMessageId, ct);
        if (reply is null) return;
        reply.Status = OutboxStatus.Bounced;
        reply.LastError = $"bounced: see delivery report message {reportMessageId}";
        var message = await db.Messages.SingleAsync(m => m.Id == reply.MessageId, ct);
        if (reply.Kind == OutboundKind.Reply && StatusMachine.CanMove(message.Status, MessageStatus.Bounced))
            db.MoveTo(message, MessageStatus.Bounced, now, Audit.System, $"the reply bounced (delivery report message {reportMessageId})");
        db.Record(now, Audit.System, "reply-bounced", nameof(OutboundReply), reply.Id, $"report message {reportMessageId}");
        log.LogWarning("Reply {OutboxId} to message {MessageId} bounced", reply.Id, reply.MessageId);
    }
}
