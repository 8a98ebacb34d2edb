namespace Correspondence.Core.Campaigns;

/// <summary>
/// Near-identical letters from many constituents, answered with one reviewed draft. Forming until
/// <see cref="CampaignOptions.MinMembers"/> letters have joined; then Open (listed, members answered together);
/// Released once an approver has released its draft to every member.
/// </summary>
public sealed class Campaign
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The topic most of its members were given (null when none had one).</summary>
    public string? TopicId { get; set; }
    /// <summary>Members' topics with counts, "gaza=12 ukraine=1", from which <see cref="TopicId"/> is the majority.</summary>
    public string TopicVotes { get; set; } = "";
    public CampaignStatus Status { get; set; } = CampaignStatus.Forming;
    /// <summary>Members answered by the campaign (pulled-out members not included).</summary>
    public int MemberCount { get; set; }
    /// <summary>Members taken out for individual review because their additions look like casework.</summary>
    public int PulledOutCount { get; set; }
    public DateTime FirstSeenAt { get; set; }
    public DateTime LastSeenAt { get; set; }

    /// <summary>The campaign's own text: one sentence a line, the sentences most members share.</summary>
    public string RepresentativeText { get; set; } = "";
    public long RepresentativeMessageId { get; set; }

    public string? DraftSubject { get; set; }
    /// <summary>The reply to every member; {name} and {reference} are replaced with each member's own.</summary>
    public string? DraftText { get; set; }
    public int DraftVersion { get; set; }
    public string? DraftUpdatedBy { get; set; }
    public DateTime? DraftUpdatedAt { get; set; }

    public DateTime? ReleasedAt { get; set; }
    public string? ReleasedBy { get; set; }
    public int ReleasedDraftVersion { get; set; }

    public List<CampaignMember> Members { get; set; } = [];
}

public enum CampaignStatus
{
    Forming = 0,
    Open = 1,
    Released = 2,
}
