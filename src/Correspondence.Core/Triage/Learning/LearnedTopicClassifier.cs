namespace Correspondence.Core.Triage.Learning;

/// <summary>The trained model as a classifier: probabilities per topic, then the thresholds decide.</summary>
public sealed class LearnedTopicClassifier(TopicModel model, TriageOptions options, KeywordClassifier keywords) : ITopicClassifier
{
    public string Name => $"learned {model.Info.Version}";

    public TopicClassification Classify(string subject, string body)
    {
        var input = TopicModelInput.From(subject, body, keywords, model.Topics);
        var scores = model.Predict(input)
            .Select(p => new TopicScore(p.TopicId, p.Probability, p.Evidence))
            .ToList();
        return TopicClassification.Decide(scores, options.ConfidenceThreshold, options.AbstainThreshold);
    }
}
