using Correspondence.Core.Access;
using Correspondence.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Campaigns;

/// <summary>Releasing one text to thousands of people is a manager's decision; a caseworker's POST is refused.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CampaignAccessTests
{
    [Fact]
    public async Task Release_ByCaseworker_IsDeniedAndChangesNothing()
    {
        await using var app = new CorrespondenceApp();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = "caseworker@test.local", Email = "caseworker@test.local", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Caseworker-pass-2026")).Succeeded);
            await users.AddToRoleAsync(user, Roles.Caseworker);
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login");
        await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "caseworker@test.local",
            ["Password"] = "Caseworker-pass-2026",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(login),
        }));
        var campaigns = await client.GetStringAsync("/Campaigns");
        Assert.Contains("Campaigns", campaigns);

        var release = await client.PostAsync("/Campaigns/1?handler=Release", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DraftVersion"] = "1",
            // Any page with a form gives this user's token; the campaign need not exist: the role is checked first.
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(await client.GetStringAsync("/Account/Login")),
        }));

        Assert.Contains("/Account/Denied", release.RequestMessage!.RequestUri!.ToString());
        await using var db = app.NewDb();
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "campaign:released"));
    }
}
