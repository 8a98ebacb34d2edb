using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Review;

/// <summary>
/// The constituent's HTML, sanitized, as its own document for the review page's sandboxed frame. Its CSP allows no
/// script at all, no fetch but data: images (and remote images only once a caseworker allowed them for this message),
/// and framing only by our own pages.
/// </summary>
public sealed class EmailModel(CorrespondenceDbContext db) : PageModel
{
    public const string RemoteImagesAllowedAction = "remote-images-allowed";

    public string SafeHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var html = await db.Messages.Where(m => m.Id == id).Select(m => new { m.HtmlBody, m.TextBody }).SingleOrDefaultAsync(ct);
        if (html is null) return NotFound();
        var allowRemote = await RemoteImagesAllowedAsync(db, id, ct);
        SafeHtml = html.HtmlBody is null
            ? $"<pre>{System.Net.WebUtility.HtmlEncode(html.TextBody)}</pre>"
            : EmailHtml.Sanitize(html.HtmlBody, allowRemote).Html;
        var images = allowRemote ? "data: https: http:" : "data:";
        Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; img-src {images}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>Remote images are allowed per message, by a caseworker's audited decision (the audit record is the switch).</summary>
    public static Task<bool> RemoteImagesAllowedAsync(CorrespondenceDbContext db, long id, CancellationToken ct)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditRecords.AnyAsync(a => a.EntityType == nameof(InboundMessage) && a.EntityId == key && a.Action == RemoteImagesAllowedAction, ct);
    }
}
