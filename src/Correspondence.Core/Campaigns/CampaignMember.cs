namespace Correspondence.Core.Campaigns;

/// <summary>A letter grouped into a campaign: how alike it was, what its writer added, and what release did with it.</summary>
public sealed class CampaignMember
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    /// <summary>The letter; a letter belongs to at most one campaign.</summary>
    public long MessageId { get; set; }
    /// <summary>Estimated Jaccard similarity to the campaign's text when it joined.</summary>
    public double Similarity { get; set; }
    public DateTime JoinedAt { get; set; }
    /// <summary>Sentences the writer added to the campaign text, one a line.</summary>
    public string Additions { get; set; } = "";
    /// <summary>Taken out for individual review: its additions look like casework (reason says which rule).</summary>
    public bool PulledOut { get; set; }
    public string? PullOutReason { get; set; }

    public DateTime? ReleasedAt { get; set; }
    public long? OutboxId { get; set; }
    /// <summary>Why release could not approve this member's reply (it waits for a person).</summary>
    public string? ReleaseProblem { get; set; }

    public IReadOnlyList<string> AdditionList =>
        Additions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
