namespace Correspondence.Core.Sending;

public enum OutboxStatus
{
    Queued = 0,
    Sending = 1,
    Sent = 2,
    /// <summary>Permanent failure (5xx, bad address): a person must act.</summary>
    Failed = 3,
    /// <summary>Found in Sending after a crash and not confirmed sent: a person must decide; never resent blindly.</summary>
    PossiblySent = 4,
    Bounced = 5,
}
