namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// How a classifier did on labelled letters; the same definitions as scripts/triage/metrics.py.
/// Classes are the topics plus "other" (no topic). Per class, each letter is a binary decision; F1 from those counts;
/// macro-F1 is their mean. Wrong-topic rate: share of all letters given at least one confident topic that is not among
/// their true labels. Abstention rate: share of topic letters (true labels not empty) the classifier abstained on.
/// An abstained letter counts as "other" predicted with no topic (it goes to a person, so it is never a wrong topic).
/// </summary>
public sealed record TriageMetrics(double MacroF1, double WrongTopicRate, double AbstentionRate, int Letters,
    IReadOnlyDictionary<string, double> F1ByClass)
{
    public sealed record Prediction(IReadOnlyList<string> Topics, bool Abstained);

    public static TriageMetrics Score(IReadOnlyList<string> topics, IReadOnlyList<(IReadOnlyList<string> Truth, Prediction Predicted)> results)
    {
        var classes = topics.Append("other").ToList();
        var f1 = new Dictionary<string, double>();
        foreach (var c in classes)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (truth, predicted) in results)
            {
                var inTruth = c == "other" ? truth.Count == 0 : truth.Contains(c);
                var inPrediction = c == "other" ? predicted.Topics.Count == 0 : predicted.Topics.Contains(c);
                if (inTruth && inPrediction) tp++;
                else if (inPrediction) fp++;
                else if (inTruth) fn++;
            }
            f1[c] = tp == 0 ? (fp == 0 && fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        var wrong = results.Count(r => r.Predicted.Topics.Any(t => !r.Truth.Contains(t)));
        var topicLetters = results.Where(r => r.Truth.Count > 0).ToList();
        var abstained = topicLetters.Count(r => r.Predicted.Abstained);
        return new TriageMetrics(
            Math.Round(f1.Values.Average(), 4),
            results.Count == 0 ? 0 : Math.Round((double)wrong / results.Count, 4),
            topicLetters.Count == 0 ? 0 : Math.Round((double)abstained / topicLetters.Count, 4),
            results.Count,
            f1.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 4)));
    }

    public override string ToString() =>
        $"macro-F1 {MacroF1:0.000}, wrong-topic {WrongTopicRate:P1}, abstained {AbstentionRate:P1} of topic letters, n={Letters} " +
        $"({string.Join(", ", F1ByClass.Select(kv => $"{kv.Key} {kv.Value:0.000}"))})";
}
