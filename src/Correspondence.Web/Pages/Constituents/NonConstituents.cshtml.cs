using Correspondence.Core.Cases;
using Correspondence.Core.Constituency;
using Correspondence.Core.Data;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Constituents;

/// <summary>Letters from outside the constituency: draft a forwarding note or a courtesy reply, which then waits for approval in the queue.</summary>
[Authorize(Policy = Policies.Caseworker)]
public sealed class NonConstituentsModel(CorrespondenceDbContext db, ConstituencyReplies replies) : PageModel
{
    public sealed record Row(long Id, string Reference, string From, string Subject, string Postcodes, DateTime ReceivedAt);
    public IReadOnlyList<Row> Letters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Letters = await db.Messages.Where(m => m.Status == MessageStatus.NonConstituent).OrderBy(m => m.ReceivedAt).Take(200)
            .Select(m => new Row(m.Id, "", m.FromAddress, m.Subject, m.Postcodes, m.ReceivedAt)).ToListAsync(ct);

    public Task<IActionResult> OnPostForwardAsync(long id, CancellationToken ct) => DraftAsync(id, ConstituencyReplies.Kind.Forward, ct);

    public Task<IActionResult> OnPostCourtesyAsync(long id, CancellationToken ct) => DraftAsync(id, ConstituencyReplies.Kind.Courtesy, ct);

    private async Task<IActionResult> DraftAsync(long id, ConstituencyReplies.Kind kind, CancellationToken ct)
    {
        var result = await replies.DraftAsync(id, kind, User.Identity!.Name!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        TempData[result.Drafted ? "Flash" : "Problem"] = result.Message;
        return RedirectToPage();
    }
}
