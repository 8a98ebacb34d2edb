using Correspondence.Core.Cases;
using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Correspondence.Core.Sending;

namespace Correspondence.Core.Constituency;

/// <summary>The outbox row for a forward, written in the approval's transaction (invariant 2: the outbox decides sending).</summary>
public static class ForwardOutbox
{
    public static OutboundReply Create(Forwarding forward, InboundMessage message, OfficeOptions office, ReplyComposer composer,
        string reference, string actor, DateTime now)
    {
        var subject = "Fwd: " + new string(message.Subject.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (subject.Length > 900) subject = subject[..900];
        return new OutboundReply
        {
            MessageId = message.Id,
            LetterReceivedAt = message.ReceivedAt,
            Kind = OutboundKind.Forward,
            MessageIdHeader = ReplyMessageBuilder.NewMessageId(office),
            ToAddress = forward.ToAddress,
            ToName = forward.ToName,
            Subject = subject,
            TextBody = forward.CoveringNote,
            HtmlBody = composer.RenderHtml(subject, forward.CoveringNote, reference),
            QueuedAt = now,
            ApprovedBy = actor,
        };
    }
}
