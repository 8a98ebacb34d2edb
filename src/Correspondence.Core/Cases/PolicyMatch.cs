namespace Correspondence.Core.Cases;

/// <summary>A paragraph of the MP's policy judged to answer a message.</summary>
public sealed class PolicyMatch
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public required string TopicId { get; set; }
    public required string ParagraphId { get; set; }
    public double Score { get; set; }
}
