using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Correspondence.IntegrationTests.Browser;

/// <summary>Invariant 4 in a real browser: a hostile email runs no script, fetches nothing remote, and stays readable.</summary>
[Collection(WebAppCollection.Name)]
public sealed class HostileEmailBrowserTests
{
    private const string HostileHtml = """
        <html><head>
        <script>window.top.__pwned = 'script';</script>
        <style>body { background: url(https://tracker.example/css-bg.png); } @import url(https://tracker.example/import.css);</style>
        <link rel="stylesheet" href="https://tracker.example/style.css">
        <meta http-equiv="refresh" content="0;url=https://tracker.example/refresh">
        <base href="https://tracker.example/">
        </head><body onload="window.top.__pwned = 'onload'">
        <p>Dear Alex, I am writing about the humanitarian situation in Gaza and the need for a ceasefire.</p>
        <img src="https://tracker.example/pixel.gif?u=rosa" width="1" height="1" alt="">
        <img src="x" onerror="window.top.__pwned = 'onerror'">
        <a href="javascript:window.top.__pwned='link'">read more</a>
        <svg><script>window.top.__pwned = 'svg-script'</script><image href="https://tracker.example/svg.png"/></svg>
        <svg onload="window.top.__pwned = 'svg-onload'"><a xlink:href="javascript:alert(1)"><text>svg link</text></a></svg>
        <iframe src="https://tracker.example/frame"></iframe>
        <object data="https://tracker.example/object"></object>
        <div style="background-image: url('https://tracker.example/div.png')">Please answer by email.</div>
        <math><mtext><table><mglyph><style><img src=x onerror="window.top.__pwned='mxss'"></style></mglyph></table></mtext></math>
        <form action="https://tracker.example/post"><input name="a"><button>Go</button></form>
        <video poster="https://tracker.example/poster.png"></video>
        <p>Yours sincerely, Rosa Parks, SW1A 1AA</p>
        </body></html>
        """;

    private static string HostileEml() => $"""
        From: Rosa Parks <rosa@example.org>
        To: office@mp.example
        Subject: Gaza ceasefire
        Message-ID: <hostile-1@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Dear Alex, I am writing about the humanitarian situation in Gaza and the need for a ceasefire.
        Yours sincerely, Rosa Parks, SW1A 1AA
        --b1
        Content-Type: text/html; charset=utf-8

        {HostileHtml}
        --b1--
        """;

    [Fact]
    public async Task HostileHtmlEmail_InReviewFrame_RunsNoScriptFetchesNothingRemoteAndStaysReadable()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var url = app.StartOnLoopback();
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "hostile.eml"), HostileEml());
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
        long id;
        await using (var db = app.NewDb())
            id = (await db.Messages.SingleAsync(m => m.MessageIdHeader == "hostile-1@example.org")).Id;

        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        var dialogs = 0;
        page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };
        await BrowserSession.SignInAsync(page, CorrespondenceApp.DemoEmail, CorrespondenceApp.DemoPassword);
        await page.GotoAsync($"/Review/{id}");

        var frame = page.FrameLocator("iframe.email-frame");
        await Assertions.Expect(frame.Locator("body")).ToContainTextAsync("humanitarian situation in Gaza");
        await Assertions.Expect(frame.Locator("body")).ToContainTextAsync("Yours sincerely, Rosa Parks");
        await Assertions.Expect(frame.Locator("body")).ToContainTextAsync("Please answer by email.");
        await page.Locator("iframe.email-frame").HoverAsync();
        // Clicking the javascript: link must do nothing either.
        await frame.GetByText("read more").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
        Assert.Equal(0, dialogs);
        Assert.Empty(browser.RemoteRequests);
        var emailFrame = page.Frames.Single(f => f.Url.Contains("/Review/Email/"));
        Assert.Equal(0, await emailFrame.Locator("script, [onerror], [onload], iframe, object, form, input").CountAsync());
        Assert.Contains("remote image(s)", await page.InnerTextAsync("section.letter"));

        // The caseworker chooses to load remote images for this message: audited, and only then does the pixel load.
        await page.ClickAsync("#allow-images");
        await page.WaitForURLAsync($"**/Review/{id}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(browser.RemoteRequests, r => r.StartsWith("https://tracker.example/pixel.gif", StringComparison.Ordinal));
        Assert.DoesNotContain(browser.RemoteRequests, r => r.Contains("css-bg") || r.Contains("div.png") || r.Contains("import.css") || r.Contains("style.css"));
        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
        await using var check = app.NewDb();
        var allowed = await check.AuditRecords.SingleAsync(a => a.Action == "remote-images-allowed");
        Assert.Equal((id.ToString(), CorrespondenceApp.DemoEmail), (allowed.EntityId, allowed.Actor));
    }

    [Fact]
    public void Sanitize_HostileHtml_KeepsTextAndDropsEveryActiveOrRemotePart()
    {
        var result = EmailHtml.Sanitize(HostileHtml, allowRemoteImages: false);
        Assert.Contains("humanitarian situation in Gaza", result.Html);
        foreach (var bad in new[] { "<script", "onerror", "onload", "javascript:", "tracker.example", "<iframe", "<object", "<form", "<base", "http-equiv" })
            Assert.DoesNotContain(bad, result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.True(result.RemoteBlocked >= 2);
    }
}
