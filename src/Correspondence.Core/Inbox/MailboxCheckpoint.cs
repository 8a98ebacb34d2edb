namespace Correspondence.Core.Inbox;

/// <summary>How far a mailbox has been read: the highest UID stored (not UIDNEXT) under the current UIDVALIDITY.</summary>
public sealed class MailboxCheckpoint
{
    public required string Mailbox { get; set; }
    public long UidValidity { get; set; }
    public long HighestUid { get; set; }
    public DateTime UpdatedAt { get; set; }
}
