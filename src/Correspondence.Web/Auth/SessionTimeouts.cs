using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Auth;

/// <summary>
/// Idle timeout is the cookie's sliding expiry; the absolute timeout is a sign-in time stamped into the cookie's
/// properties (kept when the cookie slides or Identity refreshes it) and checked on every request.
/// </summary>
public static class SessionTimeouts
{
    private const string SignedInAtKey = ".correspondence.signed-in-at";

    public static IServiceCollection AddSessionTimeouts(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AuthOptions>, TimeProvider>((o, auth, clock) =>
            {
                o.ExpireTimeSpan = TimeSpan.FromMinutes(auth.Value.IdleTimeoutMinutes);
                o.SlidingExpiration = true;
                var absolute = TimeSpan.FromHours(auth.Value.AbsoluteTimeoutHours);
                var identityValidation = o.Events.OnValidatePrincipal;
                o.Events.OnSigningIn = context =>
                {
                    context.Properties.Items.TryAdd(SignedInAtKey, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                    return Task.CompletedTask;
                };
                o.Events.OnValidatePrincipal = async context =>
                {
                    var stamped = context.Properties.Items.TryGetValue(SignedInAtKey, out var at)
                        && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
                        && clock.GetUtcNow() - signedInAt <= absolute;
                    if (!stamped)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }
                    await identityValidation(context);
                };
            });
        return services;
    }
}
