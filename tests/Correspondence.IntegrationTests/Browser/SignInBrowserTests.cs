using Correspondence.IntegrationTests.Support;

namespace Correspondence.IntegrationTests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class SignInBrowserTests
{
    [Fact]
    public async Task SignIn_InChromium_ShowsTheQueueWithItsKeyboardScript()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var url = app.StartOnLoopback();
        await Pipeline.DraftedMessageAsync(app);
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        var cspViolations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) cspViolations.Add(m.Text); };

        await BrowserSession.SignInAsync(page, CorrespondenceApp.DemoEmail, CorrespondenceApp.DemoPassword);

        await page.WaitForSelectorAsync("table.queue");
        Assert.Equal(1, await page.Locator("table.queue tbody tr").CountAsync());
        await BrowserSession.KeysReadyAsync(page);
        await page.Keyboard.PressAsync("j");
        Assert.Equal(1, await page.Locator("table.queue tr.selected").CountAsync());
        Assert.Empty(cspViolations);
        Assert.Empty(browser.RemoteRequests);
    }
}
