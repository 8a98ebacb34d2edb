using Correspondence.Core.Data;
using Correspondence.Core.DataProtection;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Constituents;

/// <summary>One person's record and history, with subject access export and erasure (Manager; POST, antiforgery, audited).</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class DetailsModel(CorrespondenceDbContext db, SubjectExporter exporter, SubjectEraser eraser) : PageModel
{
    public SubjectData? Data { get; private set; }

    [BindProperty] public string? ConfirmEmail { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Data = await SubjectData.LoadAsync(db, id, ct);
        return Data is null ? NotFound() : Page();
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
