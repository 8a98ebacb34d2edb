namespace Correspondence.Core.Inbox;

/// <summary>What ingest keeps of one email, taken out of MIME by <see cref="MailParser"/>.</summary>
public sealed record ParsedMail(
    string? MessageId,
    string? InReplyTo,
    string? References,
    string FromName,
    string FromAddress,
    string? ReplyTo,
    string Subject,
    string TextBody,
    string? HtmlBody,
    DateTime SentAt,
    bool IsAutomated,
    string BodyHash,
    /// <summary>Set when the mail cannot be answered as it is; the message is stored Quarantined with this reason.</summary>
    string? QuarantineReason);
