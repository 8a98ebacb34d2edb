namespace Correspondence.Core.Sending;

/// <summary>
/// The outbox row: written in the approval's transaction and the source of truth for sending.
/// The job store only carries ids; a lost job is re-enqueued from rows still Queued.
/// </summary>
public sealed class OutboundReply
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    /// <summary>
    /// The letter's <c>ReceivedAt</c>, copied when the row is made (required, so no factory can forget it): the backlog
    /// dashboard's time-to-reply reads it from an outbox index instead of one wide Messages row per reply (ADR 0011).
    /// A letter's receipt time never changes, so the copy cannot drift.
    /// </summary>
    public required DateTime LetterReceivedAt { get; set; }
    /// <summary>The approved draft; none for an automatic acknowledgement.</summary>
    public long? DraftId { get; set; }
    public OutboundKind Kind { get; set; } = OutboundKind.Reply;

    /// <summary>Fixed at approval so a retry or a Sent-folder check can recognise the same reply.</summary>
    public required string MessageIdHeader { get; set; }
    public string? InReplyTo { get; set; }
    public string? References { get; set; }

    public required string ToAddress { get; set; }
    public string ToName { get; set; } = "";
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Queued;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime QueuedAt { get; set; }
    public DateTime? SendingSince { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>The send slot reserved under the rate limit (docs/decisions/0009); the actual send time once sent.</summary>
    public DateTime? SlotAt { get; set; }
    /// <summary>The sending account whose rate limit the slot was taken from (<see cref="SendingOptions.AccountKey"/>).</summary>
    public string? SendingAccount { get; set; }
    public string? ApprovedBy { get; set; }
}

/// <summary>
/// An approved reply answers the message; an acknowledgement only says it arrived, and a holding reply (approved by a
/// person) says the full answer is coming: after either the message stays open.
/// </summary>
public enum OutboundKind
{
    Reply = 0,
    Acknowledgement = 1,
    Holding = 2,
    /// <summary>A non-constituent's letter passed to their own MP's office, the letter attached (Constituency/ForwardOutbox).</summary>
    Forward = 3,
}
