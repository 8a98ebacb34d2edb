using System.Net;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.IntegrationTests.Web;

/// <summary>
/// Behind TLS termination: X-Forwarded-For/Proto are believed only from the proxies in ReverseProxy settings, so HSTS
/// and the audit's "from where" follow the browser, and anyone else sending those headers changes nothing.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ReverseProxyTests
{
    private const string Browser = "203.0.113.7";

    private static CorrespondenceApp App(string trustedProxy) => new(new()
    {
        ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false",
        ["ReverseProxy:Enabled"] = "true", ["ReverseProxy:KnownProxies:0"] = trustedProxy,
    }) { EnvironmentName = "Production" };

    /// <summary>The test connects from 127.0.0.1: a configured proxy when the settings name it, a stranger otherwise.</summary>
    private static async Task<(string? Hsts, string? AuditedFrom)> ThroughProxyAsync(CorrespondenceApp app)
    {
        var url = app.StartOnLoopback();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

        using var page = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        page.Headers.Host = "correspondence.example.org"; // HSTS is never sent to localhost
        page.Headers.Add("X-Forwarded-Proto", "https");
        page.Headers.Add("X-Forwarded-For", Browser);
        using var shown = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var hsts = shown.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null;

        // The post stays plain http (a secure antiforgery cookie would not travel back over it); only the address is forwarded.
        var login = await client.GetStringAsync("/Account/Login");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "nobody@test.local", ["Password"] = "wrong-password-123",
                ["__RequestVerificationToken"] = Html.AntiforgeryToken(login),
            }),
        };
        post.Headers.Add("X-Forwarded-For", Browser);
        using var refused = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        await using var db = app.NewDb();
        var record = await db.AuditRecords.SingleAsync(a => a.Action == "sign-in-failed" && a.Actor == "nobody@test.local");
        return (hsts, record.FromAddress);
    }

    [Fact]
    public async Task ForwardedHeaders_FromConfiguredProxy_GiveHstsAndTheBrowsersAddress()
    {
        await using var app = App("127.0.0.1");
        var (hsts, from) = await ThroughProxyAsync(app);
        Assert.NotNull(hsts);
        Assert.Contains("max-age=31536000", hsts);
        Assert.Equal(Browser, from);
    }

    [Fact]
    public async Task ForwardedHeaders_FromUnconfiguredAddress_AreIgnored()
    {
        await using var app = App("10.20.30.40");
        var (hsts, from) = await ThroughProxyAsync(app);
        Assert.Null(hsts);
        Assert.Equal("127.0.0.1", from);
    }

    [Theory]
    [InlineData("not-an-address", null, "ReverseProxy:KnownProxies")]
    [InlineData(null, "10.0.0.0/99", "ReverseProxy:KnownNetworks")]
    [InlineData(null, null, "no proxy is trusted")]
    public async Task ReverseProxy_WrongSettings_FailOnStartNamingTheSetting(string? proxy, string? network, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false", ["ReverseProxy:Enabled"] = "true" };
        if (proxy is not null) settings["ReverseProxy:KnownProxies:0"] = proxy;
        if (network is not null) settings["ReverseProxy:KnownNetworks:0"] = network;
        await using var app = new CorrespondenceApp(settings);
        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains(expected, error.Message);
    }
}
