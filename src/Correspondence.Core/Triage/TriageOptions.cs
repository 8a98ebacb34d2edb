using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Triage;

/// <summary>Settings section "Triage".</summary>
public sealed class TriageOptions
{
    public const string Section = "Triage";

    /// <summary>Below this confidence a topic is not assigned; a message with no topic left goes to "needs triage".</summary>
    [Range(0.05, 0.99)]
    public double ConfidenceThreshold { get; set; } = 0.6;

    /// <summary>At most this many policy paragraphs are cited per topic.</summary>
    [Range(1, 10)]
    public int MaxParagraphsPerTopic { get; set; } = 3;
}
