using Correspondence.Core.Access;
using Correspondence.Core.Cases;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Correspondence.IntegrationTests.Browser;

/// <summary>The caseworker's day: review, edit, approve, close and move on with the keyboard alone; two people, one draft.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ReviewKeyboardBrowserTests
{
    private static CorrespondenceApp NewApp(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        return new CorrespondenceApp(settings);
    }

    [Fact]
    public async Task ReviewEditApproveAndClose_WithTheKeyboardAlone_AreSavedAndAudited()
    {
        await using var app = NewApp();
        var url = app.StartOnLoopback();
        var first = await Pipeline.DraftedMessageAsync(app, "1");
        var second = await Pipeline.DraftedMessageAsync(app, "2");
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        var keys = page.Keyboard;

        await page.GotoAsync("/Account/Login");
        await keys.TypeAsync(CorrespondenceApp.DemoEmail);
        await keys.PressAsync("Tab");
        await keys.TypeAsync(CorrespondenceApp.DemoPassword);
        await keys.PressAsync("Enter");
        await page.WaitForSelectorAsync("table.queue");
        await BrowserSession.KeysReadyAsync(page);

        // Queue: j selects the oldest, Enter opens it; the draft has the focus.
        await keys.PressAsync("j");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync($"**/Review/{first}");
        await BrowserSession.KeysReadyAsync(page);
        await Assertions.Expect(page.Locator("textarea[name=DraftText]")).ToBeFocusedAsync();
        await keys.PressAsync("Control+End");
        await keys.TypeAsync("\nP.S. Thank you for writing about this.");
        await keys.PressAsync("Control+s");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Saved as version 2");
        await BrowserSession.KeysReadyAsync(page);

        // Approve and send: the next draft in the queue opens.
        await keys.PressAsync("Control+Enter");
        await page.WaitForURLAsync($"**/Review/{second}");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("queued to send");
        await BrowserSession.KeysReadyAsync(page);

        // Close the second without a reply: Alt+C, the reason, Enter.
        await keys.PressAsync("Alt+c");
        await Assertions.Expect(page.Locator("#close-reason")).ToBeFocusedAsync();
        await keys.TypeAsync("Duplicate of an earlier letter");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Closed without a reply");

        await using var db = app.NewDb();
        var approved = await db.Messages.Include(m => m.Drafts).SingleAsync(m => m.Id == first);
        Assert.Equal(MessageStatus.Approved, approved.Status);
        var v2 = approved.Drafts.Single(d => d.Version == 2);
        Assert.Contains("P.S. Thank you for writing about this.", v2.TextBody);
        var outbox = await db.Outbox.SingleAsync(o => o.MessageId == first);
        Assert.Equal(v2.Id, outbox.DraftId);
        var closed = await db.Messages.SingleAsync(m => m.Id == second);
        Assert.Equal((MessageStatus.Closed, "Duplicate of an earlier letter"), (closed.Status, closed.StatusReason));
        var actions = await db.AuditRecords.Where(a => a.Actor == CorrespondenceApp.DemoEmail).Select(a => a.Action).ToListAsync();
        Assert.Contains("draft-edited", actions);
        Assert.Contains("approved", actions);
        Assert.Contains("status:Closed", actions);
        // Who, when (UTC) and from where: the browser's address as the server saw it.
        var approval = await db.AuditRecords.SingleAsync(a => a.Action == "approved");
        Assert.Equal("127.0.0.1", approval.FromAddress);
        Assert.Equal(DateTimeKind.Utc, approval.At.Kind);
        Assert.Empty(browser.RemoteRequests);
    }

    [Fact]
    public async Task AssignEscalateAndNext_FromTheKeyboard_AreRecorded()
    {
        await using var app = NewApp();
        var url = app.StartOnLoopback();
        await app.CreateUserAsync("bea@test.local", "Caseworker-pass-12", Roles.Caseworker);
        var first = await Pipeline.DraftedMessageAsync(app, "1");
        var second = await Pipeline.DraftedMessageAsync(app, "2");
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        await BrowserSession.SignInAsync(page, CorrespondenceApp.DemoEmail, CorrespondenceApp.DemoPassword);
        await page.GotoAsync($"/Review/{first}");
        await BrowserSession.KeysReadyAsync(page);

        await page.Keyboard.PressAsync("Alt+a");
        await Assertions.Expect(page.Locator("#assignee")).ToBeFocusedAsync();
        await page.Locator("#assignee").SelectOptionAsync("bea@test.local");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Assigned to bea@test.local");
        await BrowserSession.KeysReadyAsync(page);

        await page.Keyboard.PressAsync("Alt+n");
        await page.WaitForURLAsync($"**/Review/{second}");
        await BrowserSession.KeysReadyAsync(page);
        await page.Keyboard.PressAsync("Alt+e");
        await page.Keyboard.TypeAsync("The MP asked to see letters like this");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Escalated.");

        await using var db = app.NewDb();
        Assert.Equal("bea@test.local", (await db.Messages.SingleAsync(m => m.Id == first)).AssignedTo);
        Assert.Equal(MessageStatus.Escalated, (await db.Messages.SingleAsync(m => m.Id == second)).Status);
        var assigned = await db.AuditRecords.SingleAsync(a => a.Action == "assigned");
        Assert.Equal("nobody -> bea@test.local", assigned.Detail);
    }

    [Fact]
    public async Task TwoPeopleEditOneDraft_SecondIsToldAndShownTheDifference()
    {
        await using var app = NewApp();
        var url = app.StartOnLoopback();
        await app.CreateUserAsync("bea@test.local", "Caseworker-pass-12", Roles.Caseworker);
        var id = await Pipeline.DraftedMessageAsync(app);
        await using var browser = await BrowserSession.LaunchAsync();
        var ann = await browser.NewPageAsync(url);
        var bea = await browser.NewPageAsync(url);
        await BrowserSession.SignInAsync(ann, CorrespondenceApp.DemoEmail, CorrespondenceApp.DemoPassword);
        await BrowserSession.SignInAsync(bea, "bea@test.local", "Caseworker-pass-12");
        await ann.GotoAsync($"/Review/{id}");
        await bea.GotoAsync($"/Review/{id}");
        await BrowserSession.KeysReadyAsync(ann);
        await BrowserSession.KeysReadyAsync(bea);

        await ann.Locator("textarea[name=DraftText]").PressAsync("Control+End");
        await ann.Keyboard.TypeAsync("\nAnn's closing line.");
        await ann.Keyboard.PressAsync("Control+s");
        await Assertions.Expect(ann.Locator(".flash")).ToContainTextAsync("Saved as version 2");

        await bea.Locator("textarea[name=DraftText]").PressAsync("Control+End");
        await bea.Keyboard.TypeAsync("\nBea's closing line.");
        await bea.Keyboard.PressAsync("Control+s");
        var conflict = bea.Locator("#edit-conflict");
        await Assertions.Expect(conflict).ToContainTextAsync($"{CorrespondenceApp.DemoEmail} saved version 2 while you were editing");
        await Assertions.Expect(conflict.Locator(".del")).ToContainTextAsync("- Ann's closing line.");
        await Assertions.Expect(conflict.Locator(".ins")).ToContainTextAsync("+ Bea's closing line.");
        Assert.Contains("Bea's closing line.", await bea.Locator("textarea[name=DraftText]").InputValueAsync());

        // Having seen the difference, Bea saves again on purpose: her text becomes version 3.
        await BrowserSession.KeysReadyAsync(bea);
        await bea.Locator("textarea[name=DraftText]").PressAsync("Control+s");
        await Assertions.Expect(bea.Locator(".flash")).ToContainTextAsync("Saved as version 3");

        await using var db = app.NewDb();
        var drafts = await db.Drafts.Where(d => d.MessageId == id).OrderBy(d => d.Version).ToListAsync();
        Assert.Equal([1, 2, 3], drafts.Select(d => d.Version));
        Assert.Contains("Ann's closing line.", drafts[1].TextBody);
        Assert.Equal(("bea@test.local", true), (drafts[2].CreatedBy, drafts[2].TextBody.Contains("Bea's closing line.")));
    }
}
