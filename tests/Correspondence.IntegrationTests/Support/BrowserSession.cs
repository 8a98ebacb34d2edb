using Microsoft.Playwright;

namespace Correspondence.IntegrationTests.Support;

/// <summary>
/// Debian's chromium driven by Playwright (never `playwright install`). Every request from every page and frame goes
/// through a route that lets loopback through and aborts and records anything else, so a test can assert that nothing
/// left the machine.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly List<string> _remoteRequests = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>URLs the pages tried to reach on a host that is not loopback (all aborted).</summary>
    public IReadOnlyList<string> RemoteRequests { get { lock (_remoteRequests) return [.. _remoteRequests]; } }

    public static async Task<BrowserSession> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/install-test-deps.sh (apt-get install chromium).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A fresh profile (its own cookies) whose requests off loopback are aborted and recorded.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new() { Width = 1400, Height = 900 } });
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLoopback(route.Request.Url))
            {
                await route.ContinueAsync();
                return;
            }
            lock (_remoteRequests) _remoteRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        // data: and blob: URLs never leave the browser.
        if (uri.Scheme is "data" or "blob" or "about") return true;
        return uri.IsLoopback;
    }

    /// <summary>Signs in on the login page with the keyboard-free happy path; waits for the queue.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("form.signin button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Waits until the page's keyboard shortcuts are attached (shortcuts.js marks the document), so a key press is not lost.</summary>
    public static Task KeysReadyAsync(IPage page) =>
        page.WaitForSelectorAsync("html[data-shortcuts=ready]", new() { State = WaitForSelectorState.Attached });

    /// <summary>Signs out with the header's button and waits for the sign-in page.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await page.ClickAsync("form.signout button");
        await page.WaitForURLAsync("**/Account/Login**");
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
