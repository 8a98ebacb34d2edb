using System.Net;
using Correspondence.Core.Access;
using Correspondence.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Backlog;

[Collection(WebAppCollection.Name)]
public sealed class BacklogPageTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Web:RunInboxWorker"] = "false", ["Backlog:CacheSeconds"] = "0" };

    [Fact]
    public async Task Backlog_Caseworker_IsRefusedEveryBacklogPage()
    {
        await using var app = new CorrespondenceApp(Quiet);
        var client = await SignInAsync(app, "case@test.local", Roles.Caseworker);

        foreach (var path in new[] { "/Backlog", "/Backlog/Export?view=open", "/Backlog/Weekly" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("href=\"/Backlog\"", await client.GetStringAsync("/"));
        await using var db = app.NewDb();
        Assert.Empty(await db.AuditRecords.Where(a => a.Action.StartsWith("export:")).ToListAsync());
    }

    [Fact]
    public async Task Backlog_Manager_SeesChartsAndNumbers_ExportIsAuditedAndDefused()
    {
        await using var app = new CorrespondenceApp(Quiet);
        await using (var db = app.NewDb())
        {
            await KnownBacklog.AddAsync(db);
            var first = await db.Messages.OrderBy(m => m.Id).FirstAsync();
            first.Subject = "=HYPERLINK(\"http://evil.example\")"; // a constituent's subject must not become a formula
            await db.SaveChangesAsync();
        }
        var client = await SignInAsync(app, "boss@test.local", Roles.Manager);

        var page = await client.GetAsync("/Backlog?Form.From=2026-11-30&Form.To=2026-12-09");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<svg", html);
        Assert.Contains("<title>ukraine: 3</title>", html); // hover numbers
        Assert.Contains("alice@office", html);
        // Holding replies are shown on their own, never as a caseworker's replies (carol@office sent two in the period).
        Assert.Contains("<span class=\"n\">2</span> holding replies sent 30 Nov to 9 Dec", html);
        Assert.Contains("<span class=\"n\">1</span> open with a holding reply awaiting approval", html);
        Assert.DoesNotContain("carol@office", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());

        var bad = await client.GetStringAsync("/Backlog?Form.From=nonsense");
        Assert.Contains("From &#x27;nonsense&#x27; is not a date", bad);

        var csv = await client.GetAsync("/Backlog/Export?view=open&from=2026-11-30&to=2026-12-09");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 7, lines.Length); // header and every open item (the clock is real here: ages differ, the items do not)
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", StringComparison.Ordinal));

        var summary = await client.GetStringAsync("/Backlog/Export?view=summary&from=2026-11-30&to=2026-12-09&topic=gaza");
        Assert.Contains("\"caseworker (replies, median working days)\",bob@office,1,2\n", summary);
        Assert.Contains("holding replies,sent in period,1,\n", summary);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/Backlog/Export?view=open&topic=nosuch")).StatusCode);

        await using var check = app.NewDb();
        var audits = await check.AuditRecords.Where(a => a.Action.StartsWith("export:backlog")).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["export:backlog-open", "export:backlog-summary"], audits.Select(a => a.Action));
        Assert.All(audits, a => Assert.Equal("boss@test.local", a.Actor));
        Assert.Contains("topic gaza", audits[1].Detail);

        var weekly = await client.GetStringAsync("/Backlog/Weekly?week=2026-12-01");
        Assert.Contains("week of Monday 30 November 2026", weekly);
        Assert.Contains("/js/print.js", weekly);
    }

    private static async Task<HttpClient> SignInAsync(CorrespondenceApp app, string email, string role)
    {
        const string password = "Backlog-test-pass-1";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(login),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
