using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Correspondence.Web.Auth;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Pages.Account;

public sealed class LoginModel(SignInManager<IdentityUser> signIn, CorrespondenceDbContext db, TimeProvider clock, IOptions<AuthOptions> auth) : PageModel
{
    /// <summary>The OpenID Connect button's words, or null when that sign-in is off.</summary>
    public string? OidcName => auth.Value.Oidc.Enabled ? auth.Value.Oidc.DisplayName : null;

    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        var from = HttpContext.Connection.RemoteIpAddress?.ToString();
        var now = clock.GetUtcNow().UtcDateTime;
        if (result.Succeeded)
        {
            db.Record(now, Email, "sign-in", "User", Email, "", from);
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        if (result.RequiresTwoFactor)
        {
            // The password was right; the second step (authenticator code) decides. That step audits the sign-in.
            db.Record(now, Email, "sign-in-password-accepted", "User", Email, "awaiting authenticator code", from);
            await db.SaveChangesAsync();
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        }
        db.Record(now, Email, result.IsLockedOut ? "sign-in-locked-out" : "sign-in-failed", "User", Email, "", from);
        await db.SaveChangesAsync();
        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator."
            : "The email or password is not right.");
        return Page();
    }
}
