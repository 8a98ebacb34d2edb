using Correspondence.Core.Sending;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Outbox;

/// <summary>The outbox for a manager: how sending is going against the rate limit, and the replies a person must settle.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(OutboxOverview overview) : PageModel
{
    public OutboxOverview.Snapshot Snapshot { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Snapshot = await overview.GetAsync(ct);

    /// <summary>A person checked (the recipient, the Sent folder, the relay's log) that a PossiblySent reply arrived.</summary>
    public async Task<IActionResult> OnPostMarkSentAsync(long id, [FromServices] OutboxActions actions, CancellationToken ct) =>
        Done(await actions.MarkSentAsync(id, Actor, From, ct), $"Reply {id} marked sent.");

    /// <summary>A person checked that a PossiblySent reply did not arrive, or fixed what made it fail: send it again.</summary>
    public async Task<IActionResult> OnPostSendAgainAsync(long id, [FromServices] OutboxActions actions, CancellationToken ct) =>
        Done(await actions.SendAgainAsync(id, Actor, From, ct), $"Reply {id} queued to send again.");

    private IActionResult Done(string? problem, string flash)
    {
        TempData[problem is null ? "Flash" : "Problem"] = problem ?? flash;
        return RedirectToPage();
    }

    private string Actor => User.Identity?.Name ?? "unknown";
    private string? From => HttpContext.Connection.RemoteIpAddress?.ToString();
}
