using System.Net;
using Correspondence.Core.Access;
using Correspondence.IntegrationTests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Web;

/// <summary>
/// Every endpoint the app maps (read from its EndpointDataSource, so a new page is covered the day it is added) against
/// anonymous, Caseworker, Manager and Admin. Anything not listed below must need at least a Caseworker.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class AuthorizationMatrixTests
{
    private const string Password = "Matrix-test-pass-1";

    // The health probes are anonymous on purpose: load balancers cannot sign in (they say only which check failed).
    private static readonly HashSet<string> Anonymous =
        ["/Account/Login", "/Account/LoginWith2fa", "/Account/ExternalLogin", "/Account/Denied", "/Error", "/health/live", "/health/ready"];
    private static readonly HashSet<string> ManagerOnly = ["/Audit", "/Outbox", "/Constituents", "/Backlog"];
    /// <summary>Pages open to every caseworker inside an otherwise managers' section.</summary>
    private static readonly HashSet<string> CaseworkerPages = ["/Constituents/NonConstituents"];
    private static readonly HashSet<string> AdminOnly = ["/jobs", "/Admin"];

    /// <summary>Pages that need a query to show anything (else they answer 404 to everyone).</summary>
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["/Admin/Templates/Edit"] = "?name=replies/reply.text.scriban",
    };

    private enum Answer { Allowed, SignInFirst, Refused }

    [Fact]
    public async Task EveryEndpoint_AnswersEachRoleAsItsPolicySays()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
        };
        foreach (var role in Roles.All)
        {
            var email = $"{role.ToLowerInvariant()}@test.local";
            await app.CreateUserAsync(email, Password, role);
            clients[role] = await app.SignInAsync(email, Password);
        }

        var paths = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct().Order().ToList();
        Assert.Contains("/Review/{id:long}", paths);
        Assert.Contains("/Audit", paths);
        Assert.Contains(paths, p => p.StartsWith("/jobs", StringComparison.Ordinal));
        Assert.Contains("/Review/Email/{id:long}", paths);
        var failures = new List<string>();
        foreach (var pattern in paths)
        {
            var url = Concrete(pattern, messageId);
            var section = "/" + url.TrimStart('/').Split('/', '?')[0];
            foreach (var (who, client) in clients)
            {
                var expected = Expected(pattern, section, who);
                var actual = Classify(await client.GetAsync(url));
                // A route id that names no such record (e.g. no campaign yet) answers 404 after authorization passed.
                if (expected == Answer.Allowed && (int)actual == -404 && pattern.Contains('{')) continue;
                if (actual != expected) failures.Add($"GET {url} as {who}: expected {expected}, got {actual}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Managers browse the trail: sign-ins and the refusals just provoked are there, with who and from where.
        var audit = await clients[Roles.Manager].GetStringAsync("/Audit?action=permission-refused&actor=caseworker%40test.local");
        Assert.Contains("<td>Page /Audit</td>", audit);
        Assert.Contains("<td>Page /jobs</td>", audit);
        Assert.Contains("<td>sign-in</td>", await clients[Roles.Manager].GetStringAsync("/Audit?action=sign-in&actor=manager%40test.local"));

        // State changes: a POST without an antiforgery token is refused for everyone, signed in or not.
        foreach (var (who, client) in clients.Where(c => c.Key != "anonymous"))
        {
            var post = await client.PostAsync($"/Review/{messageId}?handler=Close", new FormUrlEncodedContent([new("Reason", "no token")]));
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        var anonymousPost = await clients["anonymous"].PostAsync($"/Review/{messageId}?handler=Approve", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, anonymousPost.StatusCode);
    }

    private static Answer Expected(string pattern, string section, string who)
    {
        if (Anonymous.Contains(pattern)) return Answer.Allowed;
        if (who == "anonymous") return Answer.SignInFirst;
        if (CaseworkerPages.Contains(pattern)) return Answer.Allowed;
        if (AdminOnly.Contains(section)) return who == Roles.Admin ? Answer.Allowed : Answer.Refused;
        if (ManagerOnly.Contains(section)) return who is Roles.Manager or Roles.Admin ? Answer.Allowed : Answer.Refused;
        return Answer.Allowed;
    }

    /// <summary>Route values filled in: the one message's id, an empty catch-all.</summary>
    private static string Concrete(string pattern, long messageId)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\*\*?[^}]+\}", "");
        url = System.Text.RegularExpressions.Regex.Replace(url, @"\{[^}]+\}", messageId.ToString());
        url = url.Length > 1 ? url.TrimEnd('/') : url;
        return url + Queries.GetValueOrDefault(url, "");
    }

    private static Answer Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode == HttpStatusCode.Unauthorized || location.Contains("/Account/Login?", StringComparison.Ordinal))
            return Answer.SignInFirst;
        if (response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/Account/Denied", StringComparison.Ordinal))
            return Answer.Refused;
        return (int)response.StatusCode < 400 ? Answer.Allowed : (Answer)(-(int)response.StatusCode);
    }

    [Fact]
    public async Task Headers_HstsOverTls_SameSiteCookies_FrameAncestors()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" }) { EnvironmentName = "Production" };
        var tls = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://correspondence.example"), AllowAutoRedirect = false });
        var page = await tls.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single());
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        var plain = await app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://correspondence.example") }).GetAsync("/Account/Login");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));

        // Cookies: antiforgery and sign-in are SameSite=Strict, HttpOnly, and Secure over TLS.
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var login = await tls.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = CorrespondenceApp.DemoEmail,
            ["Password"] = CorrespondenceApp.DemoPassword,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
        }) { Headers = { { "Cookie", antiforgery.Split(';')[0] } } });
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("correspondence.auth=", StringComparison.Ordinal));
        foreach (var flag in new[] { "samesite=strict", "httponly", "secure" })
            Assert.Contains(flag, auth, StringComparison.OrdinalIgnoreCase);
    }
}
