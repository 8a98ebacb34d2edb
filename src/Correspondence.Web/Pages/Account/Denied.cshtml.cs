using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Account;

/// <summary>Tells the person they may not open that page. The refusal itself was audited when it happened (Auth/RefusalAudit.cs).</summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }
}
