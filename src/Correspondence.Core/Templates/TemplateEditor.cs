using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Triage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Templates;

/// <summary>
/// An admin's edits to reply templates and policy files: validated by parsing and by drafting a trial letter for every
/// topic, saved as a new revision (never overwriting one), audited, then every draft built on the old words is rebuilt.
/// </summary>
public sealed class TemplateEditor(CorrespondenceDbContext db, TemplateSet templates, ReplyComposer composer, TemplateRenderer renderer,
    IBackgroundJobClient jobs, TimeProvider clock)
{
    public const int MaxLength = 100_000;

    public sealed record FileInfo(string Name, int Revision, DateTime? ChangedAt, string? ChangedBy, bool Edited);

    public sealed record Result(bool Saved, int Revision, IReadOnlyList<string> Problems);

    /// <summary>Every editable file with its newest revision (0 = as shipped).</summary>
    public async Task<IReadOnlyList<FileInfo>> ListAsync(CancellationToken ct)
    {
        var heads = (await db.TemplateRevisions.AsNoTracking()
                .Select(r => new { r.Name, r.Revision, r.CreatedAt, r.CreatedBy }).ToListAsync(ct))
            .GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Revision)!);
        return templates.Shipped.Names.Select(n => heads.TryGetValue(n, out var h)
                ? new FileInfo(n, h.Revision, h.CreatedAt, h.CreatedBy, true)
                : new FileInfo(n, 0, null, null, false))
            .ToList();
    }

    public Task<List<TemplateRevision>> HistoryAsync(string name, CancellationToken ct) =>
        db.TemplateRevisions.AsNoTracking().Where(r => r.Name == name).OrderByDescending(r => r.Revision).ToListAsync(ct);

    public async Task<int> CurrentRevisionAsync(string name, CancellationToken ct) =>
        await db.TemplateRevisions.Where(r => r.Name == name).MaxAsync(r => (int?)r.Revision, ct) ?? 0;

    /// <summary>What would be wrong with saving this content: parse errors, a changed topic id, a trial draft that fails.</summary>
    public IReadOnlyList<string> Validate(string name, string content)
    {
        if (!templates.Shipped.Contains(name))
            return [$"'{name}' is not one of the reply templates or policy files; only those in templates/ can be edited."];
        if (content.Length > MaxLength)
            return [$"The file is {content.Length:N0} characters; the limit is {MaxLength:N0}."];
        if (content.Contains('\0'))
            return ["The file contains a NUL character; paste plain text."];
        var problems = new List<string>();
        var candidate = templates.Current.With(name, content);
        try
        {
            if (name.EndsWith(".scriban", StringComparison.Ordinal))
                TemplateRenderer.Parse(content, name);
            else
                ValidatePolicy(name, content, problems);
        }
        catch (Exception ex) when (ex is TemplateRenderException or FormatException or InvalidOperationException)
        {
            problems.Add(ex is TemplateRenderException t ? $"{name}: {t.Reason}" : ex.Message);
        }
        if (problems.Count > 0) return problems;
        problems.AddRange(TrialDrafts(candidate));
        return problems;
    }

    /// <summary>Saves a new revision if it validates and nobody saved one since <paramref name="baseRevision"/>.</summary>
    public async Task<Result> SaveAsync(string name, string content, int baseRevision, string comment, string actor, string? from, CancellationToken ct)
    {
        content = content.Replace("\r\n", "\n");
        var problems = Validate(name, content);
        if (problems.Count > 0) return new Result(false, baseRevision, problems);
        var latest = await CurrentRevisionAsync(name, ct);
        if (latest != baseRevision)
            return new Result(false, latest, [$"Someone saved revision {latest} of {name} while you were editing revision {baseRevision}. Reload it and apply your change again."]);
        if (content == templates.Current.Read(name))
            return new Result(false, latest, ["Nothing changed."]);

        var now = clock.GetUtcNow().UtcDateTime;
        var revision = new TemplateRevision
        {
            Name = name, Revision = latest + 1, Content = content, Comment = Trim(comment, 500), CreatedAt = now, CreatedBy = actor,
        };
        db.TemplateRevisions.Add(revision);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (Name, Revision) index caught a save that raced ours.
            db.ChangeTracker.Clear();
            return new Result(false, latest, [$"Someone saved {name} at the same moment. Reload it and apply your change again."]);
        }
        db.Record(now, actor, "template-saved", nameof(TemplateRevision), revision.Id, $"{name} revision {revision.Revision}: {revision.Comment}", from);
        await db.SaveChangesAsync(ct);
        await templates.RefreshAsync(db, ct);
        // Drafts built on the old words are rebuilt in the background (the job is idempotent: it compares fingerprints).
        jobs.Enqueue<RedraftStaleJob>(j => j.RunAsync(CancellationToken.None));
        return new Result(true, revision.Revision, []);
    }

    private void ValidatePolicy(string name, string content, List<string> problems)
    {
        var edited = PolicyFileParser.Parse(content, Path.GetFileName(name));
        var shipped = PolicyFileParser.Parse(templates.Shipped.Read(name)!, Path.GetFileName(name));
        // The topic set is what the classifier was trained on; a new or renamed topic needs training letters first.
        if (edited.Id != shipped.Id)
            problems.Add($"The topic id must stay '{shipped.Id}' (the classifier is trained on it); add a new topic as a file in templates/policies with training letters.");
    }

    /// <summary>Drafts a trial letter for every topic with the candidate files, so a template that parses but cannot render is caught.</summary>
    private List<string> TrialDrafts(TemplateSnapshot candidate)
    {
        var problems = new List<string>();
        IReadOnlyList<PolicyTopic> topics;
        try
        {
            topics = PolicyLibrary.Parse(candidate.Policies, templates.Folder);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            return [ex.Message];
        }
        var sections = topics.Select(t => new ReplyComposer.TopicSection(t.Id, t.Paragraphs.Select(p => p.Id).ToList())).ToList();
        try
        {
            foreach (var section in sections.Select(s => new[] { s }).Append(sections.ToArray()))
            {
                var draft = composer.Compose("A trial letter", "Ada Lovelace", "COR-000001", section, candidate);
                composer.RenderHtml(draft.Subject, draft.Text, "COR-000001", candidate);
            }
            if (candidate.Contains($"{TemplateSnapshot.RepliesFolder}/{Acknowledgements.Acknowledger.TemplateName}.scriban"))
                renderer.Render(Acknowledgements.Acknowledger.TemplateName, Acknowledgements.Acknowledger.TrialModel(), candidate);
        }
        catch (Exception ex) when (ex is TemplateRenderException or InvalidOperationException or FormatException)
        {
            problems.Add(ex is TemplateRenderException t ? $"A trial draft failed in {t.Template}: {t.Reason}" : ex.Message);
        }
        return problems;
    }

    private static string Trim(string? value, int max) => (value ?? "").Trim() is var v && v.Length > max ? v[..max] : v;
}
