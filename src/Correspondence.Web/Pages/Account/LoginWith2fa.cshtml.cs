using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Account;

/// <summary>The second step of a sign-in: a TOTP code from the person's authenticator, or a one-time recovery code.</summary>
public sealed class LoginWith2faModel(SignInManager<IdentityUser> signIn, CorrespondenceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        var code = Code.Replace(" ", "").Replace("-", "").Trim();
        // Six digits is an authenticator code; anything else is tried as a recovery code (each works once).
        var recovery = !(code.Length == 6 && code.All(char.IsAsciiDigit));
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        var from = HttpContext.Connection.RemoteIpAddress?.ToString();
        var now = clock.GetUtcNow().UtcDateTime;
        var name = user.UserName ?? user.Id;
        if (result.Succeeded)
        {
            db.Record(now, name, "sign-in", "User", name, recovery ? "with a recovery code" : "with an authenticator code", from);
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        db.Record(now, name, result.IsLockedOut ? "sign-in-locked-out" : "sign-in-failed", "User", name,
            recovery ? "wrong recovery code" : "wrong authenticator code", from);
        await db.SaveChangesAsync();
        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator."
            : "That code is not right. Codes change every 30 seconds: check your device's clock.");
        return Page();
    }
}
