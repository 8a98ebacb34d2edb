using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;

namespace Correspondence.Core.Drafting;

/// <summary>Writes the first draft for a Triaged message from its topics and matched paragraphs.</summary>
public sealed class MessageDrafter(CorrespondenceDbContext db, ReplyComposer composer, TimeProvider clock)
{
    /// <summary>Adds the next draft version to a tracked message (Topics, PolicyMatches, Drafts and Case loaded); the caller saves.</summary>
    public Draft AddDraft(InboundMessage message, string actor)
    {
        var sections = message.Topics
            .OrderByDescending(t => t.Confidence)
            .Select(t => new ReplyComposer.TopicSection(t.TopicId,
                message.PolicyMatches.Where(p => p.TopicId == t.TopicId).Select(p => p.ParagraphId).ToList()))
            .ToList();
        var composed = composer.Compose(message.Subject, message.FromName, Case.FormatReference(message.CaseId), sections);
        var draft = new Draft
        {
            Version = message.Drafts.Count == 0 ? 1 : message.Drafts.Max(d => d.Version) + 1,
            Subject = composed.Subject,
            TextBody = composed.Text,
            TemplateVersion = composed.TemplateVersion,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor,
            UnfilledPlaceholders = string.Join(" ", composed.UnfilledPlaceholders),
        };
        message.Drafts.Add(draft);
        return draft;
    }

    /// <summary>Picks up template edits saved on any node; call before drafting.</summary>
    public Task RefreshTemplatesAsync(CancellationToken ct) => composer.Templates.RefreshAsync(db, ct);

    public void DraftTriaged(InboundMessage message)
    {
        AddDraft(message, Audit.System);
        db.MoveTo(message, MessageStatus.Drafted, clock.GetUtcNow().UtcDateTime, Audit.System,
            $"drafted from {string.Join(", ", message.Topics.Select(t => t.TopicId))}");
    }
}
