using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage;

/// <summary>The keyword rule as a classifier: the baseline the trained model must beat, and the fallback with no corpus.</summary>
public sealed class KeywordTopicClassifier(KeywordClassifier keywords, IOptions<TriageOptions> options) : ITopicClassifier
{
    public string Name => "keywords";

    public TopicClassification Classify(string subject, string body) =>
        TopicClassification.Decide(keywords.Classify(subject, body), options.Value.KeywordThreshold, options.Value.KeywordThreshold);
}
