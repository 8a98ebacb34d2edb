using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Account;

[AllowAnonymous]
public sealed class DeniedModel(CorrespondenceDbContext db, TimeProvider clock) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task OnGetAsync()
    {
        // Every permission refusal is audited.
        db.Record(clock.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "anonymous", "permission-refused", "Page", ReturnUrl ?? "", "",
            HttpContext.Connection.RemoteIpAddress?.ToString());
        await db.SaveChangesAsync();
    }
}
