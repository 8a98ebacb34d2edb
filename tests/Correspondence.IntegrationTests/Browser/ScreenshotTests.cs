using Correspondence.Core.Inbox;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Correspondence.IntegrationTests.Browser;

/// <summary>
/// Pictures of the queue and review pages as chromium draws them. Written to $CORRESPONDENCE_SCREENSHOTS when set
/// (docs/screenshots/ is made that way), else to a temporary folder; the test checks the pages drew without CSP errors.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ScreenshotTests
{
    private const string HtmlLetter = """
        From: Grace Hopper <grace@example.org>
        To: office@mp.example
        Subject: Ukraine: please keep up the support
        Message-ID: <shot-html@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Dear Alex, please keep supporting Ukraine against Russia with arms, aid and training. Grace Hopper, EX1 2AB
        --b1
        Content-Type: text/html; charset=utf-8

        <p>Dear Alex,</p><p>Please keep <b>supporting Ukraine</b> against Russia: arms, aid and training matter.</p>
        <p><img src="https://tracker.example/open.gif" width="1" height="1"></p><p>Yours,<br>Grace Hopper<br>EX1 2AB</p>
        --b1--
        """;

    [Fact]
    public async Task QueueAndReview_DrawWithoutCspErrors()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var url = app.StartOnLoopback();
        for (var i = 0; i < 6; i++)
            await File.WriteAllTextAsync(Path.Combine(app.Inbox, $"{i}.eml"), string.Format(Pipeline.UkraineLetter, i).Replace("Mary Seacole <mary@", $"Writer {i} <w{i}@"));
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "html.eml"), HtmlLetter);
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
        long id;
        await using (var db = app.NewDb())
            id = (await db.Messages.SingleAsync(m => m.MessageIdHeader == "shot-html@example.org")).Id;

        var folder = Environment.GetEnvironmentVariable("CORRESPONDENCE_SCREENSHOTS") is { Length: > 0 } f ? f : Directory.CreateTempSubdirectory("shots-").FullName;
        Directory.CreateDirectory(folder);
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        var cspErrors = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) cspErrors.Add(m.Text); };
        await BrowserSession.SignInAsync(page, CorrespondenceApp.DemoEmail, CorrespondenceApp.DemoPassword);
        await page.WaitForSelectorAsync("table.queue");
        await BrowserSession.KeysReadyAsync(page);
        await page.Keyboard.PressAsync("j");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "queue.png"), FullPage = true });
        await page.GotoAsync($"/Review/{id}");
        await Assertions.Expect(page.FrameLocator("iframe.email-frame").Locator("body")).ToContainTextAsync("Grace Hopper");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "review.png"), FullPage = true });

        Assert.Empty(cspErrors);
        Assert.Empty(browser.RemoteRequests);
        Assert.True(new FileInfo(Path.Combine(folder, "queue.png")).Length > 10_000);
        Assert.True(new FileInfo(Path.Combine(folder, "review.png")).Length > 10_000);
    }
}
