namespace Correspondence.Core.Holding;

/// <summary>The recurring job: drafts holding replies for items nearing their reply target. Reads state, so reruns are harmless.</summary>
public sealed class HoldingReplyJob(HoldingReplies holding)
{
    public const string RecurringJobId = "holding-replies";

    public Task<int> RunAsync(CancellationToken ct) => holding.DraftDueAsync(ct);
}
