using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage;

/// <summary>
/// Gives a Received message its topics and policy paragraphs, or sends it to "needs triage" when the classifier
/// abstains or finds no policy topic (invariant 5: no wrong-topic reply goes out unreviewed).
/// </summary>
public sealed class MessageTriage(CorrespondenceDbContext db, ITopicClassifier classifier, PolicyMatcher matcher,
    IOptions<TriageOptions> options, TimeProvider clock)
{
    /// <summary>Applies triage to a tracked message in Received; the caller saves.</summary>
    public void Apply(InboundMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var verdict = classifier.Classify(message.Subject, message.TextBody);

        foreach (var score in verdict.Assigned)
        {
            message.Topics.Add(new TopicAssignment
            {
                TopicId = score.TopicId,
                Confidence = score.Confidence,
                Evidence = Truncate(string.Join("; ", score.Evidence)),
            });
            foreach (var match in matcher.MatchParagraphs(score.TopicId, message.Subject, message.TextBody, options.Value.MaxParagraphsPerTopic))
                message.PolicyMatches.Add(new PolicyMatch { TopicId = score.TopicId, ParagraphId = match.Paragraph.Id, Score = match.Score });
        }

        if (verdict.Assigned.Count > 0)
        {
            db.MoveTo(message, MessageStatus.Triaged, now, Audit.System,
                $"{classifier.Name}: " + string.Join(", ", verdict.Assigned.Select(s => $"{s.TopicId} {s.Confidence:0.00}")));
            return;
        }
        var best = verdict.Scores.FirstOrDefault();
        var reason = verdict.Abstained && best is not null
            // Confident but not assigned: the second opinion disputed it (ADR 0020); its evidence line says by how much.
            ? best.Confidence >= options.Value.ConfidenceThreshold
                ? $"the second opinion disputes {best.TopicId} ({classifier.Name}: {best.TopicId} {best.Confidence:0.00}; {string.Join("; ", best.Evidence)})"
                : $"not confident enough to draft ({classifier.Name}: best {best.TopicId} {best.Confidence:0.00}; {string.Join("; ", best.Evidence)})"
            : "no policy topic found: casework or another subject, a person must answer";
        db.MoveTo(message, MessageStatus.NeedsTriage, now, Audit.System, Truncate(reason));
    }

    private static string Truncate(string s) => s.Length > 1900 ? s[..1900] : s;
}
