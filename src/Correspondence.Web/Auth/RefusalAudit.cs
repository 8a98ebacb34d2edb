using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Correspondence.Web.Auth;

/// <summary>
/// Every permission refusal is audited where it happens (the cookie handler's forbid), not on the Denied page, so a
/// refusal counts whether or not the browser follows the redirect, for pages and the jobs dashboard alike.
/// </summary>
public static class RefusalAudit
{
    public static IServiceCollection AddRefusalAudit(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure(o =>
        {
            var redirect = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToAccessDenied = async context =>
            {
                var http = context.HttpContext;
                var db = http.RequestServices.GetRequiredService<CorrespondenceDbContext>();
                var clock = http.RequestServices.GetRequiredService<TimeProvider>();
                var path = (http.Request.Path + http.Request.QueryString).ToString();
                db.Record(clock.GetUtcNow().UtcDateTime, http.User.Identity?.Name ?? "anonymous", "permission-refused", "Page",
                    path.Length > 100 ? path[..100] : path, $"{http.Request.Method} {path}", http.Connection.RemoteIpAddress?.ToString());
                await db.SaveChangesAsync(http.RequestAborted);
                await redirect(context);
            };
        });
        return services;
    }
}
