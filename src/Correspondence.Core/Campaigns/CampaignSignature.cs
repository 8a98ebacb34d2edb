namespace Correspondence.Core.Campaigns;

/// <summary>
/// A MinHash signature in the similarity index: a campaign's representative (CampaignId set) or a letter that has
/// matched nothing yet (CampaignId null). Members that join a campaign add no signature, so the index grows with
/// distinct texts, not with copies.
/// </summary>
public sealed class CampaignSignature
{
    public long Id { get; set; }
    public long? CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    /// <summary>The letter this signature was made from (the campaign's representative letter, at first).</summary>
    public long MessageId { get; set; }
    /// <summary>MinHash values, little-endian uint32s.</summary>
    public required byte[] Values { get; set; }
    /// <summary>How many distinct shingles the text had: with the Jaccard estimate it gives how much of either text the other covers.</summary>
    public int Shingles { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One LSH band of a signature: letters sharing any band key are candidates, checked on their signatures.</summary>
public sealed class CampaignBucket
{
    public long Key { get; set; }
    public long SignatureId { get; set; }
    public CampaignSignature? Signature { get; set; }
}
