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
    string? QuarantineReason)
{
    public long SizeBytes { get; init; }
    public IReadOnlyList<ParsedAttachment> Attachments { get; init; } = [];
    public IReadOnlyList<string> Postcodes { get; init; } = [];
    /// <summary>For a delivery-status report: the Message-ID of the message that bounced.</summary>
    public string? BouncedMessageId { get; init; }
}

public sealed record ParsedAttachment(string FileName, string ContentType, long Size, byte[]? Content);

/// <summary>Caps that keep one hostile message from costing the worker its memory or its time.</summary>
public sealed record MailLimits(long MaxMessageBytes, long MaxStoredAttachmentBytes, int MaxMimeParts, int MaxMimeDepth)
{
    public static MailLimits Default { get; } = new(25 * 1024 * 1024, 5 * 1024 * 1024, 500, 32);
}
