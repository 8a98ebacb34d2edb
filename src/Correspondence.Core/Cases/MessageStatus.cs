namespace Correspondence.Core.Cases;

/// <summary>Where an inbound message is in its life; see <see cref="StatusMachine"/> for the allowed moves.</summary>
public enum MessageStatus
{
    Received = 0,
    Triaged = 1,
    Drafted = 2,
    Approved = 3,
    Sent = 4,
    NeedsTriage = 10,
    Escalated = 11,
    NonConstituent = 12,
    Closed = 13,
    SendFailed = 20,
    PossiblySent = 21,
    Bounced = 22,
    Quarantined = 30,
}
