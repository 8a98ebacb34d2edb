using System.Net;
using Correspondence.Core.Access;
using Correspondence.Core.Cases;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Sending;

/// <summary>The manager's outbox page: progress and pace shown; PossiblySent settled by a person, audited, POST with antiforgery only.</summary>
[Collection(WebAppCollection.Name)]
public sealed class OutboxPageTests
{
    private static async Task<(CorrespondenceApp App, long OutboxId, long MessageId)> PossiblySentReplyAsync()
    {
        var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);
        await using var db = app.NewDb();
        await db.Outbox.Where(o => o.Id == outboxId).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, OutboxStatus.PossiblySent).SetProperty(o => o.LastError, "The connection failed after the reply was handed to the mail server"));
        await db.Messages.Where(m => m.Id == messageId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.PossiblySent));
        return (app, outboxId, messageId);
    }

    [Fact]
    public async Task OutboxPage_ShowsTheReplyNeedingAPerson_AndMarkSentMovesItAndAudits()
    {
        var (app, outboxId, messageId) = await PossiblySentReplyAsync();
        await using var _ = app;
        var client = await app.SignedInClientAsync();

        var page = await client.GetStringAsync("/Outbox");
        Assert.Contains("Needs a person (1)", page);
        Assert.Contains("handed to the mail server", page);
        Assert.Contains("30 a minute", page);

        var response = await client.PostAsync($"/Outbox?handler=MarkSent&id={outboxId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Reply {outboxId} marked sent.", await response.Content.ReadAsStringAsync());

        await using var db = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
        Assert.Equal(MessageStatus.Sent, (await db.Messages.SingleAsync(m => m.Id == messageId)).Status);
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "reply-marked-sent");
        Assert.Equal(CorrespondenceApp.DemoEmail, audit.Actor);
        Assert.Equal(outboxId.ToString(), audit.EntityId);
    }

    [Fact]
    public async Task OutboxPage_SendAgainWithoutAntiforgeryToken_IsRejectedAndChangesNothing()
    {
        var (app, outboxId, _) = await PossiblySentReplyAsync();
        await using var _ = app;
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsync($"/Outbox?handler=SendAgain&id={outboxId}", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.NewDb();
        Assert.Equal(OutboxStatus.PossiblySent, (await db.Outbox.SingleAsync()).Status);
        Assert.Empty(Directory.Exists(app.Outbox) ? Directory.GetFiles(app.Outbox) : []);
    }

    [Fact]
    public async Task OutboxPage_Caseworker_IsDenied()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = "cw@test.local", Email = "cw@test.local", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Caseworker-pass-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Caseworker)).Succeeded);
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login");
        var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "cw@test.local", ["Password"] = "Caseworker-pass-2026", ["__RequestVerificationToken"] = Html.AntiforgeryToken(login),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var response = await client.GetAsync("/Outbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Denied", response.Headers.Location!.ToString());
    }
}
