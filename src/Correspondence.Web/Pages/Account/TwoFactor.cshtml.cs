using System.Text;
using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Account;

/// <summary>Turns TOTP two-factor sign-in on (key + otpauth URI, a code to prove it, recovery codes) or off. Every change is audited.</summary>
public sealed class TwoFactorModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CorrespondenceDbContext db, TimeProvider clock) : PageModel
{
    public bool Enabled { get; private set; }
    public string? SharedKey { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    [BindProperty] public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    /// <summary>A new key (POST: it replaces any earlier, unconfirmed one).</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (Enabled) return RedirectToPage();
        await users.ResetAuthenticatorKeyAsync(user);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        var code = Code.Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("", "That code is not right. Check the key was entered exactly and your device's clock is correct.");
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await AuditAsync(user, "two-factor-enabled");
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await AuditAsync(user, "two-factor-disabled");
        TempData["Flash"] = "Two-factor sign-in is off.";
        return RedirectToPage();
    }

    private async Task<IdentityUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return null;
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!Enabled && key is not null)
        {
            SharedKey = FormatKey(key);
            var label = Uri.EscapeDataString($"Correspondence:{user.Email}");
            AuthenticatorUri = $"otpauth://totp/{label}?secret={key}&issuer=Correspondence&digits=6&period=30";
        }
        return user;
    }

    private async Task AuditAsync(IdentityUser user, string action)
    {
        db.Record(clock.GetUtcNow().UtcDateTime, user.UserName ?? user.Id, action, "User", user.UserName ?? user.Id, "",
            HttpContext.Connection.RemoteIpAddress?.ToString());
        await db.SaveChangesAsync();
    }

    /// <summary>Groups of four, lower case, as authenticator apps show them.</summary>
    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
