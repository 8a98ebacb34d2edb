using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Account;

/// <summary>POST only: signing out is a state change, so a GET (or a link in an email) cannot do it.</summary>
public sealed class LogoutModel(SignInManager<IdentityUser> signIn, CorrespondenceDbContext db, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        db.Record(clock.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "?", "sign-out", "User", User.Identity?.Name ?? "", "",
            HttpContext.Connection.RemoteIpAddress?.ToString());
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
