using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Review;

/// <summary>
/// The newest saved draft rendered as the HTML part the constituent will receive (the same layout and escaping the
/// approval uses), as its own document for a sandboxed frame: no script, nothing fetched, framed only by our pages.
/// </summary>
public sealed class PreviewModel(CorrespondenceDbContext db, ReplyComposer composer) : PageModel
{
    public string Html { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var message = await db.Messages.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.CaseId }).SingleOrDefaultAsync(ct);
        var draft = await db.Drafts.AsNoTracking().Where(d => d.MessageId == id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        if (message is null || draft is null) return NotFound();
        await composer.Templates.RefreshAsync(db, ct);
        try
        {
            Html = composer.RenderHtml(draft.Subject, draft.TextBody, Case.FormatReference(message.CaseId));
        }
        catch (TemplateRenderException ex)
        {
            Html = $"<p>The HTML layout could not be rendered: {System.Net.WebUtility.HtmlEncode(ex.Reason)}. An admin can fix replies/reply.html.scriban under Templates.</p>";
        }
        Response.Headers.ContentSecurityPolicy =
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        Response.Headers.CacheControl = "no-store";
        return Content(Html, "text/html; charset=utf-8");
    }
}
