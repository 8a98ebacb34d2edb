namespace Correspondence.Core.Triage;

/// <summary>
/// A classifier's verdict on one letter: the topics it is confident of, whether it abstained (a topic looked likely
/// but not certain: a person decides), and every topic's score with its evidence.
/// </summary>
public sealed record TopicClassification(IReadOnlyList<TopicScore> Assigned, bool Abstained, IReadOnlyList<TopicScore> Scores)
{
    /// <summary>Assign every topic at or above <paramref name="assign"/>; with none, abstain when the best is at or above <paramref name="abstain"/>.</summary>
    public static TopicClassification Decide(IReadOnlyList<TopicScore> scores, double assign, double abstain) =>
        Decide(scores, assign, abstain, disputed: null);

    /// <summary>
    /// As above, but a topic in <paramref name="disputed"/> (its second opinion disagrees, ADR 0020) is never assigned:
    /// when another topic is confident the letter keeps that one; when none is left, the classifier abstains.
    /// </summary>
    public static TopicClassification Decide(IReadOnlyList<TopicScore> scores, double assign, double abstain, IReadOnlySet<string>? disputed)
    {
        var ordered = scores.OrderByDescending(s => s.Confidence).ToList();
        var confident = ordered.Where(s => s.Confidence >= assign).ToList();
        var assigned = disputed is null ? confident : confident.Where(s => !disputed.Contains(s.TopicId)).ToList();
        var abstained = assigned.Count == 0 && ordered.Count > 0 && (ordered[0].Confidence >= abstain || confident.Count > 0);
        return new TopicClassification(assigned, abstained, ordered);
    }
}

/// <summary>Decides a letter's policy topics. Two implementations: the trained model (default) and the keyword rule.</summary>
public interface ITopicClassifier
{
    /// <summary>A short description for logs and the evaluation table, e.g. "learned v3".</summary>
    string Name { get; }

    TopicClassification Classify(string subject, string body);
}
