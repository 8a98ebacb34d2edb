namespace Correspondence.Core.Triage.Learning;

/// <summary>Runs a classifier over labelled letters and scores it (see <see cref="TriageMetrics"/> for the definitions).</summary>
public static class TopicEvaluation
{
    public static TriageMetrics Score(ITopicClassifier classifier, IReadOnlyList<string> topics, IReadOnlyList<TrainingExample> examples)
    {
        var results = examples
            .Select(e =>
            {
                var verdict = classifier.Classify(e.Subject, e.Body);
                return (e.Labels, new TriageMetrics.Prediction(verdict.Assigned.Select(a => a.TopicId).ToList(), verdict.Abstained));
            })
            .ToList();
        return TriageMetrics.Score(topics, results);
    }
}
