namespace Correspondence.Core.Cases;

/// <summary>The allowed status moves of an inbound message. Anything not listed is refused.</summary>
public static class StatusMachine
{
    private static readonly Dictionary<MessageStatus, MessageStatus[]> Allowed = new()
    {
        [MessageStatus.Received] = [MessageStatus.Triaged, MessageStatus.NeedsTriage, MessageStatus.Escalated, MessageStatus.NonConstituent, MessageStatus.Quarantined, MessageStatus.Closed],
        [MessageStatus.Triaged] = [MessageStatus.Drafted, MessageStatus.NeedsTriage, MessageStatus.Escalated, MessageStatus.Closed],
        [MessageStatus.NeedsTriage] = [MessageStatus.Triaged, MessageStatus.Drafted, MessageStatus.Escalated, MessageStatus.NonConstituent, MessageStatus.Closed],
        [MessageStatus.Drafted] = [MessageStatus.Drafted, MessageStatus.Approved, MessageStatus.NeedsTriage, MessageStatus.Escalated, MessageStatus.Closed],
        [MessageStatus.Approved] = [MessageStatus.Sent, MessageStatus.SendFailed, MessageStatus.PossiblySent],
        [MessageStatus.Sent] = [MessageStatus.Bounced],
        [MessageStatus.SendFailed] = [MessageStatus.Drafted, MessageStatus.Approved, MessageStatus.Closed],
        [MessageStatus.PossiblySent] = [MessageStatus.Sent, MessageStatus.Approved, MessageStatus.Closed],
        [MessageStatus.Bounced] = [MessageStatus.Drafted, MessageStatus.Closed],
        [MessageStatus.Escalated] = [MessageStatus.Triaged, MessageStatus.Drafted, MessageStatus.Closed],
        [MessageStatus.NonConstituent] = [MessageStatus.Drafted, MessageStatus.Closed],
        [MessageStatus.Quarantined] = [MessageStatus.Received, MessageStatus.Closed],
        [MessageStatus.Closed] = [MessageStatus.Drafted],
    };

    public static bool CanMove(MessageStatus from, MessageStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static void EnsureCanMove(MessageStatus from, MessageStatus to)
    {
        if (!CanMove(from, to))
            throw new InvalidStatusChangeException(from, to);
    }
}

public sealed class InvalidStatusChangeException(MessageStatus from, MessageStatus to)
    : InvalidOperationException($"A message in status {from} cannot move to {to}.")
{
    public MessageStatus From { get; } = from;
    public MessageStatus To { get; } = to;
}
