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
    /// <summary>Other MPs' offices from Constituency:MpDirectoryFile, offered in a list; an address can also be typed.</summary>
    public IReadOnlyList<ForwardRecipient> Offices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Offices = replies.Directory().Offices;
        Letters = await db.Messages.Where(m => m.Status == MessageStatus.NonConstituent).OrderBy(m => m.ReceivedAt).Take(200)
            .Select(m => new Row(m.Id, "", m.FromAddress, m.Subject, m.Postcodes, m.ReceivedAt)).ToListAsync(ct);
    }

    /// <summary>Forward to their own MP: an office picked from the directory, or a name and address typed in (checked: one plain address, no line breaks).</summary>
    public async Task<IActionResult> OnPostForwardAsync(long id, string? office, string? toName, string? toAddress, string? toConstituency, CancellationToken ct)
    {
        ForwardRecipient? to;
        string problem;
        if (!string.IsNullOrWhiteSpace(office))
        {
            to = replies.Directory().Find(office);
            problem = to is null ? "That office is not in the directory any more; pick another or type the address." : "";
        }
        else if (!ForwardRecipient.TryCreate(toName, toAddress, toConstituency, out to, out problem))
            to = null;
        if (to is null)
        {
            TempData["Problem"] = $"Not forwarded: {problem}";
            return RedirectToPage();
        }
        var result = await replies.ForwardAsync(id, to, User.Identity!.Name!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        TempData[result.Drafted ? "Flash" : "Problem"] = result.Message;
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostCourtesyAsync(long id, CancellationToken ct) => DraftAsync(id, ConstituencyReplies.Kind.Courtesy, ct);

    private async Task<IActionResult> DraftAsync(long id, ConstituencyReplies.Kind kind, CancellationToken ct)
    {
        var result = await replies.DraftAsync(id, kind, User.Identity!.Name!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        TempData[result.Drafted ? "Flash" : "Problem"] = result.Message;
        return RedirectToPage();
    }
}
