using Correspondence.Core.Access;
using Correspondence.Core.Cases;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Correspondence.IntegrationTests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class SecondApproverBrowserTests
{
    [Fact]
    public async Task SensitiveTopic_NeedsASecondDifferentApproverBeforeSending()
    {
        await using var app = new CorrespondenceApp(new()
        {
            ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false", ["Review:SensitiveTopics:0"] = "ukraine",
        });
        var url = app.StartOnLoopback();
        await app.CreateUserAsync("bea@test.local", "Caseworker-pass-12", Roles.Caseworker);
        var id = await Pipeline.DraftedMessageAsync(app);
        await using var browser = await BrowserSession.LaunchAsync();
        var ann = await browser.NewPageAsync(url);
        await BrowserSession.SignInAsync(ann, CorrespondenceApp.DemoEmail, CorrespondenceApp.DemoPassword);
        await ann.GotoAsync($"/Review/{id}");
        await Assertions.Expect(ann.Locator("#sensitive")).ToContainTextAsync("two different people must approve");
        await BrowserSession.KeysReadyAsync(ann);

        await ann.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(ann.Locator(".flash")).ToContainTextAsync("a second, different person must approve it");
        await using (var db = app.NewDb())
        {
            Assert.Equal(MessageStatus.Drafted, (await db.Messages.SingleAsync(m => m.Id == id)).Status);
            Assert.False(await db.Outbox.AnyAsync());
        }

        // The same person cannot be the second approver.
        await ann.GotoAsync($"/Review/{id}");
        await Assertions.Expect(ann.Locator("#sensitive")).ToContainTextAsync($"Approved so far by {CorrespondenceApp.DemoEmail}");
        await BrowserSession.KeysReadyAsync(ann);
        await ann.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(ann.Locator("ul.problem")).ToContainTextAsync("You have approved this draft already");

        var bea = await browser.NewPageAsync(url);
        await BrowserSession.SignInAsync(bea, "bea@test.local", "Caseworker-pass-12");
        await bea.GotoAsync("/?status=Drafted");
        await Assertions.Expect(bea.Locator("table.queue")).ToContainTextAsync(ReviewApproval.AwaitingSecondApproval);
        await bea.GotoAsync($"/Review/{id}");
        await BrowserSession.KeysReadyAsync(bea);
        await bea.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(bea.Locator(".flash")).ToContainTextAsync("queued to send");

        await using var check = app.NewDb();
        Assert.Equal(MessageStatus.Approved, (await check.Messages.SingleAsync(m => m.Id == id)).Status);
        Assert.Equal("bea@test.local", (await check.Outbox.SingleAsync()).ApprovedBy);
        Assert.Equal([CorrespondenceApp.DemoEmail, "bea@test.local"], await check.Approvals.OrderBy(a => a.Id).Select(a => a.ApprovedBy).ToListAsync());
        Assert.Contains("first-approval", await check.AuditRecords.Select(a => a.Action).ToListAsync());
    }
}
