namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// A caseworker's correction of a message's topics: a training example for the next model. Holds only the labels;
/// the text is read from the message at training time, so erasing a message erases its example too.
/// </summary>
public sealed class TopicCorrection
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    /// <summary>Comma-separated topic ids; empty means "other".</summary>
    public string Labels { get; set; } = "";
    public required string CorrectedBy { get; set; }
    public DateTime CorrectedAt { get; set; }
}
