using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Templates;

/// <summary>
/// Shows an admin what an unsaved template or policy edit would write to a real constituent: the newest message waiting
/// for approval that uses the edited file (or one they choose), redrafted in memory with the candidate files. Nothing is
/// saved but the audit record (reading a constituent's letter is an action on their data).
/// </summary>
public sealed class TemplatePreview(CorrespondenceDbContext db, TemplateSet templates, TemplateEditor editor, ReplyComposer composer, TimeProvider clock)
{
    public sealed record Result(IReadOnlyList<string> Problems, long? MessageId, string? Reference, string? Subject, string? Text, string? Html);

    public async Task<Result> PreviewAsync(string name, string content, long? messageId, string actor, string? from, CancellationToken ct)
    {
        content = content.Replace("\r\n", "\n");
        var problems = editor.Validate(name, content);
        if (problems.Count > 0) return new Result(problems, null, null, null, null, null);

        await templates.RefreshAsync(db, ct);
        var message = await FindMessageAsync(name, messageId, ct);
        if (message is null)
            return new Result(messageId is null ? [] : [$"There is no message {messageId}."], null, null, null, null, null);
        var candidate = templates.Current.With(name, content);
        var sections = message.Topics.OrderByDescending(t => t.Confidence)
            .Select(t => new ReplyComposer.TopicSection(t.TopicId,
                message.PolicyMatches.Where(p => p.TopicId == t.TopicId).Select(p => p.ParagraphId).ToList()))
            .ToList();
        var reference = Case.FormatReference(message.CaseId);
        try
        {
            var draft = composer.Compose(message.Subject, message.FromName, reference, sections, candidate);
            var html = composer.RenderHtml(draft.Subject, draft.Text, reference, candidate);
            db.Record(clock.GetUtcNow().UtcDateTime, actor, "template-previewed", nameof(InboundMessage), message.Id, name, from);
            await db.SaveChangesAsync(ct);
            return new Result([], message.Id, reference, draft.Subject, draft.Text, html);
        }
        catch (Exception ex) when (ex is TemplateRenderException or InvalidOperationException or FormatException)
        {
            return new Result([ex is TemplateRenderException t ? $"{t.Template}: {t.Reason}" : ex.Message], message.Id, reference, null, null, null);
        }
    }

    /// <summary>The chosen message, else the newest drafted letter on the edited topic, else the newest drafted letter.</summary>
    private async Task<InboundMessage?> FindMessageAsync(string name, long? messageId, CancellationToken ct)
    {
        var query = db.Messages.AsNoTracking().Include(m => m.Topics).Include(m => m.PolicyMatches).AsSplitQuery();
        if (messageId is { } id) return await query.SingleOrDefaultAsync(m => m.Id == id && m.Topics.Any(), ct);
        var topic = TopicOf(name);
        var drafted = query.Where(m => m.Status == MessageStatus.Drafted).OrderByDescending(m => m.Id);
        return (topic is null ? null : await drafted.FirstOrDefaultAsync(m => m.Topics.Any(t => t.TopicId == topic), ct))
            ?? await drafted.FirstOrDefaultAsync(ct);
    }

    /// <summary>"replies/topics/gaza.scriban" and "policies/gaza.md" are about gaza; the layouts about every topic.</summary>
    private static string? TopicOf(string name)
    {
        if (name.StartsWith("replies/topics/", StringComparison.Ordinal) || name.StartsWith("policies/", StringComparison.Ordinal))
            return Path.GetFileNameWithoutExtension(name);
        return null;
    }
}
