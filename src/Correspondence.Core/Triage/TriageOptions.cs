using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Triage;

public enum ClassifierKind { Learned, Keywords }

/// <summary>Settings section "Triage".</summary>
public sealed class TriageOptions
{
    public const string Section = "Triage";

    /// <summary>Learned: the model trained on templates/training (and caseworkers' corrections). Keywords: the plain rule.</summary>
    public ClassifierKind Classifier { get; set; } = ClassifierKind.Learned;

    /// <summary>A topic at or above this probability is assigned and drafted.</summary>
    [Range(0.05, 0.99)]
    public double ConfidenceThreshold { get; set; } = 0.4;

    /// <summary>With no topic assigned, a best topic at or above this probability makes the classifier abstain: a person decides.</summary>
    [Range(0.01, 0.99)]
    public double AbstainThreshold { get; set; } = 0.2;

    /// <summary>
    /// A confident topic is drafted only if its second opinion (a linear SVM on word uni- and bigrams, ADR 0020) scores the
    /// letter at or above this margin; otherwise the topic is disputed (the letter keeps its other confident topics, or
    /// goes to a person). -10 turns the check off.
    /// </summary>
    [Range(-10.0, 1.0, ErrorMessage = "Triage:SecondOpinionMargin must be between -10 (off) and 1.")]
    public double SecondOpinionMargin { get; set; } = -0.1;

    /// <summary>The keyword rule's confidence threshold (1 - e^(-points/2.5)): 0.6 needs about three keyword hits.</summary>
    [Range(0.05, 0.99)]
    public double KeywordThreshold { get; set; } = 0.6;

    /// <summary>At most this many policy paragraphs are cited per topic.</summary>
    [Range(1, 10)]
    public int MaxParagraphsPerTopic { get; set; } = 3;

    /// <summary>Where trained models are kept (one folder per version, "active" names the one in use).</summary>
    public string ModelFolder { get; set; } = "data/models";
}
