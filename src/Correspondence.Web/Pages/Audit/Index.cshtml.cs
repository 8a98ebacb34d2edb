using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Audit;

/// <summary>The audit trail for managers: newest first, filtered by who, what, which record and when; keyset-paged on Id.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(CorrespondenceDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    /// <summary>UTC dates, inclusive.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];
    public long? NextBefore { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor)) q = q.Where(a => a.Actor == Actor.Trim());
        if (!string.IsNullOrWhiteSpace(Action)) q = q.Where(a => a.Action.StartsWith(Action.Trim()));
        if (!string.IsNullOrWhiteSpace(EntityId)) q = q.Where(a => a.EntityId == EntityId.Trim());
        if (From is { } from) q = q.Where(a => a.At >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        if (To is { } to) q = q.Where(a => a.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        if (Before is { } before) q = q.Where(a => a.Id < before);
        var rows = await q.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(ct);
        Records = rows.Take(PageSize).ToList();
        NextBefore = rows.Count > PageSize ? Records[^1].Id : null;
    }

    public string NextLink() => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Audit",
        new Dictionary<string, string?>
        {
            ["actor"] = Actor, ["action"] = Action, ["entityId"] = EntityId,
            ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["before"] = NextBefore?.ToString(),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
