using Correspondence.Core.Cases;

namespace Correspondence.Core.Holding;

/// <summary>
/// "We have your letter and will answer it fully": drafted for an open item before it passes its reply target, sent
/// only when a caseworker approves it, at most one per message (a unique key, so a job run twice cannot draft two).
/// It never replaces the message's own draft; the message stays open for its full reply.
/// </summary>
public sealed class HoldingReply
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public InboundMessage? Message { get; set; }
    public HoldingStatus Status { get; set; } = HoldingStatus.Drafted;
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    /// <summary>The reply-target day the item was heading for when this was drafted (office calendar).</summary>
    public DateOnly DueOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>The outbox row written on approval.</summary>
    public long? OutboundReplyId { get; set; }
}

public enum HoldingStatus
{
    Drafted = 0,
    Approved = 1,
    Discarded = 2,
}
