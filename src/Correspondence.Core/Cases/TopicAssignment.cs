namespace Correspondence.Core.Cases;

/// <summary>A topic the classifier gave a message, with its confidence and the evidence shown to the caseworker.</summary>
public sealed class TopicAssignment
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public required string TopicId { get; set; }
    public double Confidence { get; set; }
    public string Evidence { get; set; } = "";
    /// <summary>Who decided: "classifier" or the user who changed it.</summary>
    public string AssignedBy { get; set; } = "classifier";
}
