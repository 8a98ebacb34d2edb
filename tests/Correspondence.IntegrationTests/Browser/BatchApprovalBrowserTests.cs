using Correspondence.Core.Cases;
using Correspondence.Core.Drafting;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Correspondence.IntegrationTests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class BatchApprovalBrowserTests
{
    [Fact]
    public async Task BatchApprove_ShowsTheCountFirstThenEachRecipient_AndAChangedDraftIsReportedNotSent()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var url = app.StartOnLoopback();
        var ids = new List<long>();
        foreach (var tag in new[] { "1", "2", "3" }) ids.Add(await Pipeline.DraftedMessageAsync(app, tag));
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        await BrowserSession.SignInAsync(page, CorrespondenceApp.DemoEmail, CorrespondenceApp.DemoPassword);

        await BrowserSession.KeysReadyAsync(page);
        await page.CheckAsync("#select-all");
        await page.Keyboard.PressAsync("Shift+A");
        await page.WaitForURLAsync("**/Batch?**");
        await Assertions.Expect(page.Locator("#batch-count")).ToContainTextAsync("Approve and send 3 replies?");
        Assert.Equal(3, await page.Locator("#batch-confirm tbody tr").CountAsync());

        // While the count is on screen, someone else edits the second draft: that one must not go out unreviewed.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<DraftEditor>()
                .SaveAsync(ids[1], 1, "Dear Mary,\n\nA different reply.\n", "bea@test.local", "127.0.0.1", CancellationToken.None);
            Assert.True(saved.Saved);
        }
        await page.ClickAsync("#batch-submit");

        await Assertions.Expect(page.Locator("#batch-summary")).ToContainTextAsync("2 of 3 replies queued to send, 1 NOT approved");
        var rows = page.Locator("#batch-results tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("not approved");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("The draft was changed");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("mary@example.org");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("queued to send");

        await using var db = app.NewDb();
        Assert.Equal([ids[0], ids[2]], await db.Outbox.OrderBy(o => o.MessageId).Select(o => o.MessageId).ToListAsync());
        Assert.Equal(MessageStatus.Drafted, (await db.Messages.SingleAsync(m => m.Id == ids[1])).Status);
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "batch-approved");
        Assert.Equal("2 queued to send, 0 awaiting a second approver, 1 refused", audit.Detail);
    }
}
