namespace Correspondence.Core.Cases;

/// <summary>One email received from a mailbox, stored exactly once, with what triage and drafting made of it.</summary>
public sealed class InboundMessage
{
    public long Id { get; set; }

    // Where it came from: (Mailbox, UidValidity, Uid) is unique. The drop folder uses UidValidity 0 and a running number.
    public required string Mailbox { get; set; }
    public long UidValidity { get; set; }
    public long Uid { get; set; }

    public string? MessageIdHeader { get; set; }
    public string? InReplyTo { get; set; }
    public string? References { get; set; }
    /// <summary>SHA-256 of the normalised text body, hex; with the Message-ID it de-duplicates across a UIDVALIDITY change.</summary>
    public required string BodyHash { get; set; }

    public string FromName { get; set; } = "";
    public required string FromAddress { get; set; }
    public string? ReplyTo { get; set; }
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }
    public DateTime SentAt { get; set; }
    public DateTime ReceivedAt { get; set; }
    public bool IsAutomated { get; set; }
    /// <summary>Size of the raw message in bytes, as fetched.</summary>
    public long SizeBytes { get; set; }
    /// <summary>UK postcodes found in the body or signature, space-separated, normalised ("SW1A 0AA").</summary>
    public string Postcodes { get; set; } = "";
    /// <summary>Decided from <see cref="Postcodes"/> against the constituency's list when the message is processed.</summary>
    public Constituency.ConstituencyStatus Constituency { get; set; }

    public MessageStatus Status { get; set; } = MessageStatus.Received;
    /// <summary>Why a person must look: a quarantine reason, a triage abstention, a send failure.</summary>
    public string? StatusReason { get; set; }
    public DateTime StatusChangedAt { get; set; }
    /// <summary>The user name of the caseworker this message is assigned to; null when anyone may take it.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>The campaign that answers this letter with its one reviewed draft (null: answered on its own).</summary>
    public long? CampaignId { get; set; }
    public Campaigns.Campaign? Campaign { get; set; }

    public long CaseId { get; set; }
    public Case? Case { get; set; }

    public List<TopicAssignment> Topics { get; set; } = [];
    public List<PolicyMatch> PolicyMatches { get; set; } = [];
    public List<Draft> Drafts { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
}
