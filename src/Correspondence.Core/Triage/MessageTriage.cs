using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage;

/// <summary>
/// Gives a Received message its topics and policy paragraphs, or sends it to "needs triage" when the classifier
/// is not confident (invariant 5: no wrong-topic reply goes out unreviewed).
/// </summary>
public sealed class MessageTriage(CorrespondenceDbContext db, KeywordClassifier classifier, PolicyMatcher matcher,
    IOptions<TriageOptions> options, TimeProvider clock)
{
    /// <summary>Applies triage to a tracked message in Received; the caller saves.</summary>
    public void Apply(InboundMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var threshold = options.Value.ConfidenceThreshold;
        var scores = classifier.Classify(message.Subject, message.TextBody);
        var confident = scores.Where(s => s.Confidence >= threshold).ToList();

        foreach (var score in confident)
        {
            message.Topics.Add(new TopicAssignment
            {
                TopicId = score.TopicId,
                Confidence = score.Confidence,
                Evidence = string.Join("; ", score.Evidence),
            });
            foreach (var match in matcher.MatchParagraphs(score.TopicId, message.Subject, message.TextBody, options.Value.MaxParagraphsPerTopic))
                message.PolicyMatches.Add(new PolicyMatch { TopicId = score.TopicId, ParagraphId = match.Paragraph.Id, Score = match.Score });
        }

        if (confident.Count > 0)
        {
            db.MoveTo(message, MessageStatus.Triaged, now, Audit.System,
                string.Join(", ", confident.Select(s => $"{s.TopicId} {s.Confidence:0.00}")));
            return;
        }
        var reason = scores.Count == 0
            ? "no policy topic found: casework or another subject, a person must answer"
            : $"not confident enough to draft (best: {scores[0].TopicId} {scores[0].Confidence:0.00} < {threshold:0.00}; {string.Join("; ", scores[0].Evidence)})";
        db.MoveTo(message, MessageStatus.NeedsTriage, now, Audit.System, reason);
    }
}
