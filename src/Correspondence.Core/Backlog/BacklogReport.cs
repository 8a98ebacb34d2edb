using Correspondence.Core.Cases;

namespace Correspondence.Core.Backlog;

/// <summary>What the manager filters by: a topic, an open status, and the period (office dates, inclusive) for flows and performance.</summary>
public sealed record BacklogFilter(DateOnly From, DateOnly To, string? Topic = null, MessageStatus? Status = null)
{
    public const int MaxPeriodDays = 400;
    public string Key => $"{From:yyyyMMdd}-{To:yyyyMMdd}-{Topic}-{Status}";
}

/// <summary>A label and how many; "share" lines up bars in a chart.</summary>
public sealed record Tally(string Label, int Count);

/// <summary>Messages received and replies sent in one day or one week (starting Monday).</summary>
public sealed record Flow(DateOnly Start, int Received, int Replied);

/// <summary>Replies sent in the period by one caseworker or on one topic, and the median working days they took.</summary>
public sealed record Throughput(string Name, int Replies, double MedianWorkingDays);

/// <summary>
/// Holding replies (ADR 0015) for the open letters in view: drafted and awaiting a caseworker's approval; approved (the
/// letter still waits for its full reply); and holding replies sent in the period. None of them is a reply to the letter.
/// </summary>
public sealed record HoldingFigures(int AwaitingApproval, int ApprovedStillOpen, int SentInPeriod);

public sealed record OldItem(long MessageId, long CaseId, DateTime ReceivedAt, MessageStatus Status, string Subject, int WorkingDaysOld, DateOnly Due);

/// <summary>The office manager's dashboard, computed at one moment for one filter.</summary>
public sealed record BacklogReport(
    DateTime AsOfUtc,
    DateOnly Today,
    BacklogFilter Filter,
    int TargetWorkingDays,
    int DueSoonWorkingDays,
    UkRegion Region,
    int Open,
    int PastTarget,
    int DueSoon,
    IReadOnlyList<Tally> OpenByStatus,
    IReadOnlyList<Tally> OpenByTopic,
    IReadOnlyList<Tally> AgeBuckets,
    IReadOnlyList<Flow> Daily,
    IReadOnlyList<Flow> Weekly,
    IReadOnlyList<Throughput> ByCaseworker,
    IReadOnlyList<Throughput> ByTopic,
    IReadOnlyList<OldItem> Oldest,
    HoldingFigures Holding)
{
    /// <summary>Statuses where the constituent still waits for an answer: everything but a reply sent or a case closed.</summary>
    public static readonly MessageStatus[] OpenStatuses =
    [
        MessageStatus.Received, MessageStatus.Triaged, MessageStatus.Drafted, MessageStatus.Approved, MessageStatus.NeedsTriage,
        MessageStatus.Escalated, MessageStatus.NonConstituent, MessageStatus.SendFailed, MessageStatus.PossiblySent,
        MessageStatus.Bounced, MessageStatus.Quarantined,
    ];

    public const string NoTopic = "(no topic)";
}
