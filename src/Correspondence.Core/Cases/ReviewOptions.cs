namespace Correspondence.Core.Cases;

/// <summary>Settings section "Review": rules for approving replies.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>Topic ids whose replies need a second, different approver before they are sent (e.g. "gaza").</summary>
    public string[] SensitiveTopics { get; set; } = [];

    /// <summary>Most drafts one batch approval may take.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 5000)]
    public int MaxBatch { get; set; } = 500;
}
