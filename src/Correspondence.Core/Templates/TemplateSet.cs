using Correspondence.Core.Data;
using Correspondence.Core.Office;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Templates;

/// <summary>
/// The templates every node drafts with: the shipped files in templates/ overlaid with the newest revision of each file
/// an admin edited (stored in the database, so every web and worker node sees the same words). Code that drafts calls
/// <see cref="RefreshAsync"/> first; it costs one indexed MAX query when nothing changed.
/// </summary>
public sealed class TemplateSet
{
    private readonly ILogger<TemplateSet> _log;
    private readonly Lock _gate = new();
    private TemplateSnapshot _current;

    public TemplateSet(IOptions<PathsOptions> paths, ILogger<TemplateSet> log)
        : this(ContentPaths.RequireFolder(paths.Value.Templates, "Paths:Templates"), log) { }

    public TemplateSet(string templatesFolder, ILogger<TemplateSet> log)
    {
        _log = log;
        Folder = templatesFolder;
        Shipped = TemplateSnapshot.FromFolder(templatesFolder);
        _current = Shipped;
    }

    /// <summary>The templates/ folder the shipped files came from.</summary>
    public string Folder { get; }

    /// <summary>The files as shipped in templates/, before any edit.</summary>
    public TemplateSnapshot Shipped { get; }

    public TemplateSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after <see cref="Current"/> changed (the policy library re-reads its topics).</summary>
    public event Action<TemplateSnapshot>? Changed;

    /// <summary>Applies revisions saved since the last refresh, by this node or any other.</summary>
    public async Task<TemplateSnapshot> RefreshAsync(CorrespondenceDbContext db, CancellationToken ct)
    {
        var stamp = await db.TemplateRevisions.MaxAsync(r => (long?)r.Id, ct) ?? 0;
        var current = Current;
        if (stamp == current.Stamp) return current;

        // Few files, few revisions: find the newest of each by id, then load only those contents.
        var heads = (await db.TemplateRevisions.AsNoTracking().Select(r => new { r.Id, r.Name, r.Revision }).ToListAsync(ct))
            .GroupBy(r => r.Name).Select(g => g.MaxBy(r => r.Revision)!.Id).ToList();
        var edited = await db.TemplateRevisions.AsNoTracking().Where(r => heads.Contains(r.Id))
            .Select(r => new { r.Name, r.Content }).ToListAsync(ct);
        var files = Shipped.Names.ToDictionary(n => n, n => Shipped.Read(n)!, StringComparer.Ordinal);
        foreach (var e in edited) files[e.Name] = e.Content;
        var next = new TemplateSnapshot(files, stamp);
        return Apply(next);
    }

    /// <summary>Makes a snapshot current unless a newer one already is (two refreshes may race).</summary>
    internal TemplateSnapshot Apply(TemplateSnapshot next)
    {
        lock (_gate)
        {
            if (next.Stamp <= _current.Stamp) return _current;
            try
            {
                Changed?.Invoke(next);
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException)
            {
                // Saved revisions are validated first, so this means the shipped files changed under an old edit.
                _log.LogError(ex, "Template revision {Stamp} could not be applied; drafting keeps revision {Current}", next.Stamp, _current.Stamp);
                return _current;
            }
            Volatile.Write(ref _current, next);
            _log.LogInformation("Templates now at revision {Stamp}", next.Stamp);
            return next;
        }
    }
}
