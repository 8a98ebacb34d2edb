namespace Correspondence.Core.Cases;

/// <summary>A person's approval of one draft version.</summary>
public sealed class Approval
{
    public long Id { get; set; }
    public long DraftId { get; set; }
    public Draft? Draft { get; set; }
    public required string ApprovedBy { get; set; }
    public DateTime ApprovedAt { get; set; }
}
