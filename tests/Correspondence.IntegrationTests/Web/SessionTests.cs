using System.Net;
using Correspondence.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Correspondence.IntegrationTests.Web;

/// <summary>Idle and absolute session timeouts, and the OpenID Connect settings check on start.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SessionTests
{
    private static CorrespondenceApp AppWithClock(FakeTimeProvider clock) => new(
        new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false", ["Auth:IdleTimeoutMinutes"] = "30", ["Auth:AbsoluteTimeoutHours"] = "2" },
        services => services.AddSingleton<TimeProvider>(clock));

    private static async Task<HttpStatusCode> QueueAsync(HttpClient client)
    {
        // The signed-in client follows redirects: a session that ended lands on the sign-in page.
        var response = await client.GetAsync("/");
        return response.RequestMessage!.RequestUri!.AbsolutePath == "/Account/Login" ? HttpStatusCode.Unauthorized : response.StatusCode;
    }

    [Fact]
    public async Task Session_UnusedPastIdleTimeout_EndsButActiveOneSlides()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = AppWithClock(clock);
        var client = await app.SignedInClientAsync();

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, await QueueAsync(client));
        }
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, await QueueAsync(client));
    }

    [Fact]
    public async Task Session_ActiveButPastAbsoluteTimeout_Ends()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = AppWithClock(clock);
        var client = await app.SignedInClientAsync();
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, await QueueAsync(client));
        }
        clock.Advance(TimeSpan.FromMinutes(21)); // 2 h 1 min after sign-in, 21 min after the last request
        Assert.Equal(HttpStatusCode.Unauthorized, await QueueAsync(client));
    }

    [Fact]
    public async Task Oidc_SwitchedOnWithoutClientSecret_FailsOnStartNamingTheSetting()
    {
        await using var app = new CorrespondenceApp(new()
        {
            ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false",
            ["Auth:Oidc:Enabled"] = "true", ["Auth:Oidc:Authority"] = "https://login.example/tenant/v2.0", ["Auth:Oidc:ClientId"] = "correspondence",
        });
        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Auth:Oidc:ClientSecret", error.Message);
    }

    [Fact]
    public async Task Oidc_SwitchedOn_LoginOffersItAndChallengeGoesToTheProvider()
    {
        await using var app = new CorrespondenceApp(new()
        {
            ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false",
            ["Auth:Oidc:Enabled"] = "true", ["Auth:Oidc:Authority"] = "https://login.example/tenant/v2.0",
            ["Auth:Oidc:ClientId"] = "correspondence", ["Auth:Oidc:ClientSecret"] = "s3cret", ["Auth:Oidc:DisplayName"] = "Parliament sign-in",
        });
        var client = app.CreateClient();
        var login = await client.GetStringAsync("/Account/Login");
        Assert.Contains("Sign in with Parliament sign-in", login);
        var schemes = app.Get<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();
        Assert.NotNull(await schemes.GetSchemeAsync(Correspondence.Web.Auth.OpenIdConnectSignIn.Scheme));

        await using var off = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        Assert.DoesNotContain("Sign in with", await off.CreateClient().GetStringAsync("/Account/Login"));
        Assert.Null(await off.Get<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>().GetSchemeAsync(Correspondence.Web.Auth.OpenIdConnectSignIn.Scheme));
    }
}
