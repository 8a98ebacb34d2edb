using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Pages.Batch;

/// <summary>
/// Batch approval: GET shows how many replies (and to whom, at which draft version) would be approved; POST approves
/// exactly those versions and shows what happened to each recipient. A changed or refused draft is reported, never counted as sent.
/// </summary>
public sealed class IndexModel(CorrespondenceDbContext db, IOptions<ReviewOptions> options) : PageModel
{
    public sealed record Candidate(long Id, long CaseId, string Recipient, string Subject, int Version);

    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];
    public int LeftOut { get; private set; }
    public IReadOnlyList<BatchApproval.Item>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] long[] ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().Take(options.Value.MaxBatch + 1).ToList();
        if (wanted.Count > options.Value.MaxBatch)
        {
            TempData["Problem"] = $"A batch takes at most {options.Value.MaxBatch} drafts: select fewer.";
            return RedirectToPage("/Index");
        }
        Candidates = await db.Messages.AsNoTracking()
            .Where(m => wanted.Contains(m.Id) && m.Status == MessageStatus.Drafted)
            .OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id)
            .Select(m => new Candidate(m.Id, m.CaseId, m.ReplyTo ?? m.FromAddress, m.Subject, m.Drafts.Max(d => d.Version)))
            .ToListAsync(ct);
        LeftOut = wanted.Count - Candidates.Count;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long[] ids, int[] versions, [FromServices] BatchApproval batch, CancellationToken ct)
    {
        if (ids.Length == 0 || ids.Length != versions.Length || ids.Length > options.Value.MaxBatch)
        {
            TempData["Problem"] = "Nothing was approved: the batch was empty or malformed. Select the drafts again.";
            return RedirectToPage("/Index");
        }
        Results = await batch.ApproveAsync(ids.Zip(versions, (id, v) => new BatchApproval.Reviewed(id, v)).ToList(),
            User.Identity?.Name ?? "unknown", HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return Page();
    }
}
