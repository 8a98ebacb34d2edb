using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Triage.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage;

/// <summary>
/// A caseworker sets a message's topics: the assignments and cited paragraphs are replaced, the correction is kept
/// as a training example, and the reply is redrafted (or, with no policy topic, the message waits for a person).
/// </summary>
public sealed class TopicChange(CorrespondenceDbContext db, PolicyLibrary policies, PolicyMatcher matcher, MessageDrafter drafter,
    IOptions<TriageOptions> options, TimeProvider clock)
{
    private static readonly MessageStatus[] Changeable =
        [MessageStatus.Triaged, MessageStatus.Drafted, MessageStatus.NeedsTriage, MessageStatus.Escalated, MessageStatus.NonConstituent];

    public sealed record Result(bool Changed, string? Problem);

    public async Task<Result> SetTopicsAsync(long messageId, IReadOnlyCollection<string> topicIds, string actor, string? from, CancellationToken ct)
    {
        var unknown = topicIds.Where(t => policies.Find(t) is null).ToList();
        if (unknown.Count > 0) return new Result(false, $"Unknown topic(s): {string.Join(", ", unknown)}.");
        await drafter.RefreshTemplatesAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var message = await db.Messages.Include(m => m.Topics).Include(m => m.PolicyMatches).Include(m => m.Drafts)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return new Result(false, "This message no longer exists.");
        if (!Changeable.Contains(message.Status))
            return new Result(false, $"This message is {message.Status}; its topics can no longer be changed.");

        var now = clock.GetUtcNow().UtcDateTime;
        var was = string.Join(",", message.Topics.Select(t => t.TopicId).Order());
        db.TopicAssignments.RemoveRange(message.Topics);
        db.PolicyMatches.RemoveRange(message.PolicyMatches);
        message.Topics.Clear();
        message.PolicyMatches.Clear();
        foreach (var topic in topicIds.Distinct())
        {
            message.Topics.Add(new TopicAssignment { TopicId = topic, Confidence = 1, Evidence = $"set by {actor}", AssignedBy = actor });
            foreach (var match in matcher.MatchParagraphs(topic, message.Subject, message.TextBody, options.Value.MaxParagraphsPerTopic))
                message.PolicyMatches.Add(new PolicyMatch { TopicId = topic, ParagraphId = match.Paragraph.Id, Score = match.Score });
        }
        var labels = string.Join(",", topicIds.Distinct().Order());
        db.TopicCorrections.Add(new TopicCorrection { MessageId = messageId, Labels = labels, CorrectedBy = actor, CorrectedAt = now });
        db.Record(now, actor, "topics-changed", nameof(InboundMessage), messageId, $"{(was.Length == 0 ? "none" : was)} -> {(labels.Length == 0 ? "none" : labels)}", from);

        if (topicIds.Count == 0)
        {
            if (message.Status != MessageStatus.NeedsTriage)
                db.MoveTo(message, MessageStatus.NeedsTriage, now, actor, "no policy topic (set by a caseworker): a person must answer", from);
        }
        else
        {
            drafter.AddDraft(message, actor);
            db.MoveTo(message, MessageStatus.Drafted, now, actor, $"redrafted for {labels}", from);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Result(true, null);
    }
}
