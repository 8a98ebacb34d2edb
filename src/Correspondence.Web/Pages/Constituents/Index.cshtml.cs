using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Constituents;

/// <summary>Find a person by email, name or postcode (for subject access and erasure requests).</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(CorrespondenceDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<Row> People { get; private set; } = [];

    public sealed record Row(long Id, string Email, string Name, string? Postcode, string Constituency, int Messages, DateTime FirstSeenAt);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = (Q ?? "").Trim().ToLowerInvariant();
        var query = db.Constituents.AsQueryable();
        if (q.Length > 0)
            query = query.Where(c => c.Email.Contains(q) || c.Name.ToLower().Contains(q) || (c.Postcode != null && c.Postcode.ToLower().Contains(q)));
        People = await query.OrderByDescending(c => c.Id).Take(50)
            .Select(c => new Row(c.Id, c.Email, c.Name, c.Postcode, c.Constituency.ToString(),
                db.Messages.Count(m => db.Cases.Any(k => k.Id == m.CaseId && k.ConstituentId == c.Id)), c.FirstSeenAt))
            .ToListAsync(ct);
    }
}
