using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Auth;

/// <summary>
/// OpenID Connect sign-in (e.g. Microsoft Entra ID), switched on by Auth:Oidc. The scheme is added when the app starts,
/// from the validated options (docs/decisions/0003), so a node with it off carries no half-configured handler.
/// The provider proves who someone is; their roles still come from a local account an admin created.
/// </summary>
public static class OpenIdConnectSignIn
{
    public const string Scheme = "oidc";

    public static IServiceCollection AddOpenIdConnectSignIn(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<AuthOptions>>((o, auth) =>
        {
            var oidc = auth.Value.Oidc;
            if (!oidc.Enabled) return;
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = oidc.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.Scope.Add("email");
            o.SaveTokens = false;
            o.RequireHttpsMetadata = !new Uri(oidc.Authority).IsLoopback;
        });
        return services;
    }

    public static WebApplication UseOpenIdConnectSignIn(this WebApplication app)
    {
        var oidc = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Oidc;
        if (oidc.Enabled)
            app.Services.GetRequiredService<IAuthenticationSchemeProvider>()
                .AddScheme(new AuthenticationScheme(Scheme, oidc.DisplayName, typeof(OpenIdConnectHandler)));
        return app;
    }
}
