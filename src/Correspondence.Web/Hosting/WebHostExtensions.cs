using Correspondence.Core;
using Correspondence.Core.Cases;
using Correspondence.Core.Operations;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Correspondence.Web.Auth;
using Correspondence.Web.Operations;
using Correspondence.Web.Demo;
using Correspondence.Web.Jobs;
using Correspondence.Web.Security;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Hosting;

public static class WebHostExtensions
{
    /// <summary>Settings section "Web": which parts this node runs (all of them on the embedded default).</summary>
    public sealed class WebOptions
    {
        public const string Section = "Web";
        /// <summary>Run the inbound mail worker in this process; turn off when Correspondence.Worker nodes read the mailbox.</summary>
        public bool RunInboxWorker { get; set; } = true;
    }

    public static WebApplicationBuilder AddCorrespondenceWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddCorrespondenceCore();
        builder.Services.AddCorrespondenceCasework();
        builder.Services.AddCorrespondenceAuth();
        builder.Services.AddCorrespondenceJobs();
        builder.Services.AddCorrespondenceDemo();
        builder.Services.AddCorrespondenceHealth();
        builder.Services.AddCorrespondenceTelemetry(builder.Configuration,
            t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation(),
            m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        builder.Services.AddRazorPages(o =>
        {
            // Every page needs a signed-in caseworker unless it says otherwise.
            o.Conventions.AuthorizeFolder("/", Policies.Caseworker);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
            o.Conventions.AllowAnonymousToPage("/Account/ExternalLogin");
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddCorrespondenceReverseProxy();
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section);
        builder.Services.AddCorrespondenceInboxWorker(sp => sp.GetRequiredService<IOptions<WebOptions>>().Value.RunInboxWorker);
        return builder;
    }

    public static WebApplication UseCorrespondenceWeb(this WebApplication app)
    {
        app.UseCorrespondenceReverseProxy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseOpenIdConnectSignIn();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapCorrespondenceJobs();
        app.MapCorrespondenceHealth();
        return app;
    }
}
