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
        var predictions = model.Predict(input);
        // A confident topic whose second opinion (a linear SVM on word uni- and bigrams, ADR 0020) falls below the margin is
        // disputed: not drafted. The caseworker is told why.
        var disputed = predictions
            .Where(p => p.Probability >= options.ConfidenceThreshold && p.SecondOpinion is { } margin && margin < options.SecondOpinionMargin)
            .ToDictionary(p => p.TopicId, p => p.SecondOpinion!.Value);
        // What a caseworker sees: the policy keywords found, then the words the model weighed most.
        var scores = predictions
            .Select(p => new TopicScore(p.TopicId, p.Probability,
                (phrases.TryGetValue(p.TopicId, out var found) ? found.Phrases : [])
                    .Concat(p.Evidence.Select(e => "model: " + e))
                    .Concat(disputed.TryGetValue(p.TopicId, out var m)
                        ? [string.Create(System.Globalization.CultureInfo.InvariantCulture, $"second opinion disagrees (SVM margin {m:0.00}): not drafted")]
                        : []).ToList()))
            .ToList();
        return TopicClassification.Decide(scores, options.ConfidenceThreshold, options.AbstainThreshold, disputed.Keys.ToHashSet());
    }
}
