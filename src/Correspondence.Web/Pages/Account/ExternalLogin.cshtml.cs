using System.Security.Claims;
using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Pages.Account;

/// <summary>
/// OpenID Connect sign-in: POST goes to the provider; its answer comes back to the callback. Only people with a local
/// account (created by an admin, with a role) get in: the first time, the provider login is linked by verified email.
/// </summary>
public sealed class ExternalLoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users,
    CorrespondenceDbContext db, TimeProvider clock, IOptions<AuthOptions> auth) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => RedirectToPage("/Account/Login");

    public IActionResult OnPost()
    {
        if (!auth.Value.Oidc.Enabled) return RedirectToPage("/Account/Login");
        var callback = Url.Page("/Account/ExternalLogin", "Callback", new { ReturnUrl });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSignIn.Scheme, callback), OpenIdConnectSignIn.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null) return await RefuseAsync("anonymous", "The sign-in provider did not confirm who you are. Try again.");
        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("preferred_username") ?? "";
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded && !result.IsLockedOut && await users.FindByEmailAsync(email) is { } user)
        {
            await users.AddLoginAsync(user, info);
            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        }
        if (!result.Succeeded)
            return await RefuseAsync(email, result.IsLockedOut
                ? "This account is locked. Ask an administrator."
                : $"There is no account for {email}. Ask an administrator to add you (users add {email} --role Caseworker).");
        await AuditAsync(email, "sign-in", $"with {info.ProviderDisplayName ?? info.LoginProvider}");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private async Task<IActionResult> RefuseAsync(string who, string problem)
    {
        await AuditAsync(who, "sign-in-failed", problem);
        ModelState.AddModelError("", problem);
        return Page();
    }

    private async Task AuditAsync(string who, string action, string detail)
    {
        db.Record(clock.GetUtcNow().UtcDateTime, who, action, "User", who, detail, HttpContext.Connection.RemoteIpAddress?.ToString());
        await db.SaveChangesAsync();
    }
}
