using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Campaigns;

/// <summary>Settings section "Campaigns": how alike letters must be to count as one campaign, and when a campaign forms.</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    /// <summary>Estimated Jaccard similarity of two letters' word shingles (greetings, signatures, quotes removed) to group them.</summary>
    [Range(0.3, 0.95)] public double SimilarityThreshold { get; set; } = 0.7;

    /// <summary>
    /// A letter less alike than the threshold (by at most this much) still joins when nearly all of the shorter text is
    /// in the longer one (containment at least threshold + this): a copy with sentences dropped, typos and an added
    /// paragraph of its own. Its additions are then read like any member's.
    /// </summary>
    [Range(0, 0.3)] public double EditAllowance { get; set; } = 0.1;

    /// <summary>A campaign forms (is listed and answered once) when this many near-identical letters have arrived.</summary>
    [Range(2, 10_000)] public int MinMembers { get; set; } = 3;

    /// <summary>How many random members the approver is shown, with their differences, before releasing.</summary>
    [Range(1, 200)] public int SampleSize { get; set; } = 10;

    /// <summary>Letters with fewer words of their own than this (after greeting and signature) are never grouped.</summary>
    [Range(1, 1000)] public int MinWords { get; set; } = 20;
}
