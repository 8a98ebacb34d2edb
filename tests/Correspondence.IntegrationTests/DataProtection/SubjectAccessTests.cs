using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Correspondence.Core.Access;
using Correspondence.Core.Cases;
using Correspondence.IntegrationTests.Cli;
using Correspondence.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.DataProtection;

/// <summary>Subject access export and erasure: from the Constituents page (Manager only, POST + antiforgery, audited) and the CLI.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SubjectAccessTests
{
    private const string Writer = "mary@example.org";
    private const string BodyWords = "Please keep supporting Ukraine against Russia";

    private static CorrespondenceApp NewApp() => new(new Dictionary<string, string?>
    {
        ["Web:RunInboxWorker"] = "false",
        ["Jobs:RunServer"] = "false",
    });

    private static async Task<long> ConstituentIdAsync(CorrespondenceApp app)
    {
        await using var db = app.NewDb();
        return await db.Constituents.Where(c => c.Email == Writer).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task ManagerExports_ZipHoldsJsonAndHtmlWithTheirLetterAndDraft_AndTheExportIsAudited()
    {
        await using var app = NewApp();
        var messageId = await Pipeline.DraftedMessageAsync(app, "sar-1");
        var id = await ConstituentIdAsync(app);
        var client = await app.SignedInClientAsync();
        var page = await client.GetStringAsync($"/Constituents/{id}");
        Assert.Contains("Support for Ukraine", page);

        var response = await client.PostAsync($"/Constituents/{id}?handler=Export",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page) }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var json = JsonDocument.Parse(zip.GetEntry("data.json")!.Open());
        Assert.Equal(Writer, json.RootElement.GetProperty("constituent").GetProperty("Email").GetString());
        var message = json.RootElement.GetProperty("messages")[0];
        Assert.Contains(BodyWords, message.GetProperty("TextBody").GetString());
        Assert.Equal(1, message.GetProperty("drafts").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("audit").GetArrayLength() >= 2); // Triaged, Drafted
        using var html = new StreamReader(zip.GetEntry("index.html")!.Open());
        var text = await html.ReadToEndAsync();
        Assert.Contains(BodyWords, text);
        Assert.Contains(Case.FormatReference((await app.NewDb().Messages.SingleAsync(m => m.Id == messageId)).CaseId), text);
        await using var db = app.NewDb();
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "subject-exported");
        Assert.Equal((CorrespondenceApp.DemoEmail, id.ToString()), (audit.Actor, audit.EntityId));
    }

    [Fact]
    public async Task ManagerErases_WithTheEmailTyped_EverythingGoes_AndTheAuditKeepsNoPersonalData()
    {
        await using var app = NewApp();
        var messageId = await Pipeline.DraftedMessageAsync(app, "erase-1");
        await Pipeline.RunSendJobAsync(app, await Pipeline.ApprovedAsync(app, messageId));
        var id = await ConstituentIdAsync(app);
        var client = await app.SignedInClientAsync();
        var page = await client.GetStringAsync($"/Constituents/{id}");
        var token = Html.AntiforgeryToken(page);

        var wrong = await client.PostAsync($"/Constituents/{id}?handler=Erase", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["ConfirmEmail"] = "someone-else@example.org", ["__RequestVerificationToken"] = token }));
        Assert.Contains("type the person&#x27;s email address exactly", await wrong.Content.ReadAsStringAsync());
        await using (var db = app.NewDb()) Assert.True(await db.Constituents.AnyAsync(c => c.Id == id));

        var response = await client.PostAsync($"/Constituents/{id}?handler=Erase", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["ConfirmEmail"] = Writer, ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Erased record {id}", await response.Content.ReadAsStringAsync());
        await using var after = app.NewDb();
        Assert.False(await after.Constituents.AnyAsync());
        Assert.False(await after.Messages.AnyAsync());
        Assert.False(await after.Drafts.AnyAsync());
        Assert.False(await after.Outbox.AnyAsync());
        Assert.False(await after.Approvals.AnyAsync());
        var erased = await after.AuditRecords.SingleAsync(a => a.Action == "subject-erased");
        Assert.Contains("1 messages, 1 replies", erased.Detail);
        var all = await after.AuditRecords.ToListAsync();
        Assert.DoesNotContain(all, a => a.Detail.Contains(Writer) || a.Detail.Contains("Mary") || a.Detail.Contains(BodyWords));
        Assert.Contains(all, a => a.Action == "status:Sent" && a.Detail == "(personal data erased)"); // who/what/when kept
    }

    [Fact]
    public async Task Caseworker_IsRefusedTheConstituentPages_AndCannotExportOrErase()
    {
        await using var app = NewApp();
        await Pipeline.DraftedMessageAsync(app, "role-1");
        var id = await ConstituentIdAsync(app);
        var manager = await app.SignedInClientAsync();
        var token = Html.AntiforgeryToken(await manager.GetStringAsync($"/Constituents/{id}"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = "cw@test.local", Email = "cw@test.local", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Caseworker-pass-123")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Caseworker)).Succeeded);
        }
        var caseworker = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await caseworker.GetStringAsync("/Account/Login");
        var signedIn = await caseworker.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = "cw@test.local", ["Password"] = "Caseworker-pass-123", ["__RequestVerificationToken"] = Html.AntiforgeryToken(login) }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("/Account/Login", signedIn.Headers.Location?.OriginalString ?? "");

        foreach (var get in new[] { "/Constituents", $"/Constituents/{id}" })
            AssertDenied(await caseworker.GetAsync(get));
        var form = await caseworker.GetStringAsync("/"); // a page the caseworker may see, for a valid token of their own
        foreach (var handler in new[] { "Export", "Erase" })
            AssertDenied(await caseworker.PostAsync($"/Constituents/{id}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
                { ["ConfirmEmail"] = Writer, ["__RequestVerificationToken"] = token })));

        await using var db = app.NewDb();
        Assert.True(await db.Constituents.AnyAsync(c => c.Id == id));
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "subject-exported" || a.Action == "subject-erased"));
        Assert.NotNull(form);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.AbsolutePath.Length > 0 && response.Headers.Location.IsAbsoluteUri
            ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task Cli_ExportThenEraseBySubjectEmail()
    {
        await using var app = NewApp();
        await Pipeline.DraftedMessageAsync(app, "cli-1");
        var connection = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Database:ConnectionString"];
        var settings = new Dictionary<string, string?> { ["Database:ConnectionString"] = connection, ["Triage:ModelFolder"] = CorrespondenceApp.SharedModelFolder };
        var zipFile = Path.Combine(app.Root, "sar.zip");

        var export = await CliProcess.RunAsync(settings, null, "export-subject", "--email", "MARY@example.org", "--out", zipFile);
        Assert.True(export.ExitCode == 0, export.Error + export.Output);
        using (var zip = ZipFile.OpenRead(zipFile))
            Assert.Equal(["data.json", "index.html"], zip.Entries.Select(e => e.Name).Order());

        var unconfirmed = await CliProcess.RunAsync(settings, null, "erase-subject", "--email", Writer);
        Assert.Equal(2, unconfirmed.ExitCode);
        Assert.Contains("--confirm", unconfirmed.Error);
        var unknown = await CliProcess.RunAsync(settings, null, "erase-subject", "--email", "nobody@example.org", "--confirm");
        Assert.Equal(2, unknown.ExitCode);

        var erase = await CliProcess.RunAsync(settings, null, "erase-subject", "--email", Writer, "--confirm");
        Assert.True(erase.ExitCode == 0, erase.Error + erase.Output);
        await using var db = app.NewDb();
        Assert.False(await db.Constituents.AnyAsync());
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "subject-erased" && a.Actor.StartsWith("cli:")));
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "subject-exported" && a.Actor.StartsWith("cli:")));
    }
}
