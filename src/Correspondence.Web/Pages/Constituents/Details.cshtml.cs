using Correspondence.Core.Cases;
using Correspondence.Core.Constituency;
using Correspondence.Core.Data;
using Correspondence.Core.DataProtection;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Constituents;

/// <summary>One person's record and history (letters, replies, forwards), with merging of duplicate records, subject access export and erasure (Manager; POST, antiforgery, audited).</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class DetailsModel(CorrespondenceDbContext db, SubjectExporter exporter, SubjectEraser eraser, ConstituentMerger merger) : PageModel
{
    public SubjectData? Data { get; private set; }
    /// <summary>Other records that may be this person (same address, or same name and postcode): a Manager decides.</summary>
    public IReadOnlyList<Constituent> Suggestions { get; private set; } = [];

    [BindProperty] public string? ConfirmEmail { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Data = await SubjectData.LoadAsync(db, id, ct);
        if (Data is null) return NotFound();
        Suggestions = await merger.SuggestionsAsync(id, ct);
        return Page();
    }

    /// <summary>Merges record <paramref name="other"/> into this one (Manager, POST, audited): its cases and history move here.</summary>
    public async Task<IActionResult> OnPostMergeAsync(long id, long other, CancellationToken ct)
    {
        var result = await merger.MergeAsync(id, other, User.Identity!.Name!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        TempData[result.Merged ? "Flash" : "Problem"] = result.Message;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostExportAsync(long id, CancellationToken ct)
    {
        var zip = await exporter.ExportAsync(id, User.Identity!.Name!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return zip is null ? NotFound() : File(zip, "application/zip", $"subject-access-{id}.zip");
    }

    /// <summary>The person's email typed again: erasure cannot be undone, so a slip of the mouse must not do it.</summary>
    public async Task<IActionResult> OnPostEraseAsync(long id, CancellationToken ct)
    {
        var email = (await SubjectData.LoadAsync(db, id, ct))?.Constituent.Email;
        if (email is null) return NotFound();
        if (!string.Equals(ConfirmEmail?.Trim(), email, StringComparison.OrdinalIgnoreCase))
        {
            TempData["Problem"] = "Not erased: type the person's email address exactly to confirm.";
            return RedirectToPage(new { id });
        }
        var result = await eraser.EraseAsync(id, User.Identity!.Name!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (!result.Erased)
        {
            TempData["Problem"] = result.Message;
            return RedirectToPage(new { id });
        }
        TempData["Flash"] = result.Message;
        return RedirectToPage("Index");
    }
}
