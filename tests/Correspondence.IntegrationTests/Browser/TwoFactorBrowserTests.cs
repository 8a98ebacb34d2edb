using Correspondence.Core.Access;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Correspondence.IntegrationTests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class TwoFactorBrowserTests
{
    private const string Email = "ada@test.local";
    private const string Password = "Two-factor-pass-1";

    [Fact]
    public async Task TurnOnTotp_ThenSignIn_NeedsTheCurrentCodeAndAcceptsARecoveryCodeOnce()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var url = app.StartOnLoopback();
        await app.CreateUserAsync(Email, Password, Roles.Caseworker);
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(url);
        await BrowserSession.SignInAsync(page, Email, Password);

        // Set up: the page shows the shared key; the test is the authenticator app.
        await page.GotoAsync("/Account/TwoFactor");
        await page.ClickAsync("#start-2fa");
        var key = (await page.InnerTextAsync("#shared-key")).Replace(" ", "").ToUpperInvariant();
        Assert.StartsWith("otpauth://totp/", await page.InnerTextAsync("#otpauth-uri"));
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.FillAsync("input[name=Code]", "000000" == totp.ComputeTotp() ? "111111" : "000000");
        await page.ClickAsync("#verify-2fa");
        Assert.Contains("That code is not right", await page.InnerTextAsync("main"));
        await page.FillAsync("input[name=Code]", totp.ComputeTotp());
        await page.ClickAsync("#verify-2fa");
        var codes = await page.Locator("ul.recovery-codes code").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);

        // Sign out; the password alone no longer opens the queue.
        await BrowserSession.SignOutAsync(page);
        await BrowserSession.SignInAsync(page, Email, Password);
        await page.WaitForURLAsync("**/Account/LoginWith2fa**");
        await page.FillAsync("input[name=Code]", "123456" == totp.ComputeTotp() ? "654321" : "123456");
        await page.ClickAsync("form.signin button");
        Assert.Contains("That code is not right", await page.InnerTextAsync("main"));
        await page.FillAsync("input[name=Code]", totp.ComputeTotp());
        await page.ClickAsync("form.signin button");
        await page.WaitForSelectorAsync("h1:text('Queue')");

        // A recovery code works once.
        await BrowserSession.SignOutAsync(page);
        await BrowserSession.SignInAsync(page, Email, Password);
        await page.FillAsync("input[name=Code]", codes[0]);
        await page.ClickAsync("form.signin button");
        await page.WaitForSelectorAsync("h1:text('Queue')");
        await BrowserSession.SignOutAsync(page);
        await BrowserSession.SignInAsync(page, Email, Password);
        await page.FillAsync("input[name=Code]", codes[0]);
        await page.ClickAsync("form.signin button");
        Assert.Contains("That code is not right", await page.InnerTextAsync("main"));

        await using var db = app.NewDb();
        var actions = await db.AuditRecords.Where(a => a.Actor == Email).OrderBy(a => a.Id).Select(a => a.Action + " " + a.Detail).ToListAsync();
        Assert.Contains("two-factor-enabled ", actions);
        Assert.Contains("sign-in with an authenticator code", actions);
        Assert.Contains("sign-in with a recovery code", actions);
        Assert.Contains("sign-in-failed wrong recovery code", actions);
        Assert.Empty(browser.RemoteRequests);
    }
}
