namespace Correspondence.Core.Triage.Learning;

/// <summary>The trained model as a classifier: probabilities per topic, then the thresholds decide.</summary>
public sealed class LearnedTopicClassifier(TopicModel model, TriageOptions options, KeywordClassifier keywords) : ITopicClassifier
{
    public string Name => $"learned {model.Info.Version}";

    public TopicClassification Classify(string subject, string body)
    {
        // One pass of the keyword rules serves both the model's keyword features and the evidence shown.
        var phrases = keywords.Evidence(subject, body);
        var input = TopicModelInput.From(subject, body, phrases.ToDictionary(e => e.Key, e => e.Value.Points), model.Topics);
        // What a caseworker sees: the policy keywords found, then the words the model weighed most.
        var scores = model.Predict(input)
            .Select(p => new TopicScore(p.TopicId, p.Probability,
                (phrases.TryGetValue(p.TopicId, out var found) ? found.Phrases : [])
                    .Concat(p.Evidence.Select(e => "model: " + e)).ToList()))
            .ToList();
        return TopicClassification.Decide(scores, options.ConfidenceThreshold, options.AbstainThreshold);
    }
}
