using Correspondence.Core.Access;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Correspondence.Web.Auth;

public static class AuthExtensions
{
    public static IServiceCollection AddCorrespondenceAuth(this IServiceCollection services)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CorrespondenceDbContext>()
            .AddDefaultTokenProviders();

        // Keys in the database: sign-ins and open forms survive restarts and work on every web node.
        services.AddDataProtection().PersistKeysToDbContext<CorrespondenceDbContext>().SetApplicationName("Correspondence");

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "correspondence.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Idle and absolute session timeouts (Auth:IdleTimeoutMinutes, Auth:AbsoluteTimeoutHours), and OpenID Connect when on.
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<AuthOptions>, AuthOptions.OidcValidation>();
        services.AddSessionTimeouts();
        services.AddRefusalAudit();
        services.AddOpenIdConnectSignIn();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Caseworker, p => p.RequireRole(Roles.Caseworker, Roles.Manager, Roles.Admin))
            .AddPolicy(Policies.Manager, p => p.RequireRole(Roles.Manager, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }
}
