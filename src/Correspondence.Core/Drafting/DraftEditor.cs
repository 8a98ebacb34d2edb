using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Drafting;

/// <summary>Saves a caseworker's edit as a new draft version, refusing if someone saved a newer one meanwhile.</summary>
public sealed class DraftEditor(CorrespondenceDbContext db, MessageDrafter drafter, ReplyComposer composer, TimeProvider clock)
{
    public sealed record Result(bool Saved, Draft? Latest, string? Problem);

    public async Task<Result> SaveAsync(long messageId, int baseVersion, string text, string actor, string? from, CancellationToken ct)
    {
        var message = await db.Messages.Include(m => m.Drafts).SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return new Result(false, null, "This message no longer exists.");
        if (message.Status != MessageStatus.Drafted)
            return new Result(false, null, $"This message is {message.Status}; its draft can no longer be edited.");
        var latest = message.Drafts.OrderByDescending(d => d.Version).First();
        if (latest.Version != baseVersion)
            return new Result(false, latest, $"{latest.CreatedBy} saved version {latest.Version} while you were editing version {baseVersion}.");
        var normalized = text.Replace("\r\n", "\n").Trim() + "\n";
        if (normalized == latest.TextBody) return new Result(true, latest, null);

        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new Draft
        {
            MessageId = messageId,
            Version = latest.Version + 1,
            Subject = latest.Subject,
            TextBody = normalized,
            TemplateVersion = latest.TemplateVersion,
            CreatedAt = now,
            CreatedBy = actor,
            UnfilledPlaceholders = string.Join(" ", ReplyComposer.FindPlaceholders(normalized)),
        };
        db.Drafts.Add(draft);
        db.Record(now, actor, "draft-edited", nameof(InboundMessage), messageId, $"v{draft.Version}", from);
        return await SaveNewVersionAsync(messageId, draft, ct);
    }

    /// <summary>After a template change: rebuild the draft from today's templates (the edited text stays in the history).</summary>
    public Task<Result> RedraftAsync(long messageId, int baseVersion, string actor, string? from, CancellationToken ct) =>
        ReplaceStaleAsync(messageId, baseVersion, actor, from, keepText: false, ct);

    /// <summary>After a template change: the person read their text against the new words and keeps it as it is.</summary>
    public Task<Result> KeepTextAsync(long messageId, int baseVersion, string actor, string? from, CancellationToken ct) =>
        ReplaceStaleAsync(messageId, baseVersion, actor, from, keepText: true, ct);

    private async Task<Result> ReplaceStaleAsync(long messageId, int baseVersion, string actor, string? from, bool keepText, CancellationToken ct)
    {
        await drafter.RefreshTemplatesAsync(ct);
        var message = await db.Messages.Include(m => m.Topics).Include(m => m.PolicyMatches).Include(m => m.Drafts)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return new Result(false, null, "This message no longer exists.");
        if (message.Status != MessageStatus.Drafted)
            return new Result(false, null, $"This message is {message.Status}; its draft can no longer be changed.");
        var latest = message.Drafts.OrderByDescending(d => d.Version).First();
        if (latest.Version != baseVersion)
            return new Result(false, latest, $"{latest.CreatedBy} saved version {latest.Version} while you were looking at version {baseVersion}.");
        var topics = message.Topics.Select(t => t.TopicId).ToList();
        if (!composer.IsStale(latest, topics)) return new Result(true, latest, null);

        var now = clock.GetUtcNow().UtcDateTime;
        Draft draft;
        if (keepText)
        {
            draft = new Draft
            {
                MessageId = messageId, Version = latest.Version + 1, Subject = latest.Subject, TextBody = latest.TextBody,
                TemplateVersion = composer.Fingerprint(topics), CreatedAt = now, CreatedBy = actor,
                UnfilledPlaceholders = latest.UnfilledPlaceholders,
            };
            message.Drafts.Add(draft);
        }
        else
        {
            draft = drafter.AddDraft(message, actor);
        }
        db.Record(now, actor, keepText ? "draft-kept-after-template-change" : "redrafted", nameof(InboundMessage), messageId, $"v{draft.Version}", from);
        return await SaveNewVersionAsync(messageId, draft, ct);
    }

    private async Task<Result> SaveNewVersionAsync(long messageId, Draft draft, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (MessageId, Version) index caught a save that raced ours.
            db.ChangeTracker.Clear();
            var winner = await db.Drafts.Where(d => d.MessageId == messageId).OrderByDescending(d => d.Version).FirstAsync(ct);
            return new Result(false, winner, $"{winner.CreatedBy} saved version {winner.Version} at the same moment.");
        }
        return new Result(true, draft, null);
    }
}
