using Correspondence.Core;
using Correspondence.Web.Auth;
using Correspondence.Web.Demo;
using Correspondence.Web.Jobs;
using Correspondence.Web.Security;

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
        builder.Services.AddCorrespondenceAuth();
        builder.Services.AddCorrespondenceJobs(builder.Configuration);
        builder.Services.AddCorrespondenceDemo();
        builder.Services.AddRazorPages(o =>
        {
            // Every page needs a signed-in caseworker unless it says otherwise.
            o.Conventions.AuthorizeFolder("/", Policies.Caseworker);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        if (web.RunInboxWorker)
            builder.Services.AddCorrespondenceInboxWorker();
        return builder;
    }

    public static WebApplication UseCorrespondenceWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapCorrespondenceJobs();
        return app;
    }
}
