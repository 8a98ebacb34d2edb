using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.IntegrationTests.Imap;

/// <summary>SASL XOAUTH2 as Microsoft 365 needs it: a client-credentials token, checked by Dovecot's oauth2 passdb.</summary>
[Collection(WebAppCollection.Name)]
public sealed class OAuth2MailboxTests
{
    private static Dictionary<string, string?> Settings(DovecotServer dovecot, TestOAuth2Server oauth, string secret)
    {
        var settings = ImapSettings.For(dovecot.Host, dovecot.Port, password: "", runWorker: true);
        settings["Inbox:Mailboxes:0:Auth"] = "OAuth2";
        settings["Inbox:Mailboxes:0:OAuth2:TokenEndpoint"] = oauth.TokenUrl;
        settings["Inbox:Mailboxes:0:OAuth2:ClientId"] = oauth.ClientId;
        settings["Inbox:Mailboxes:0:OAuth2:ClientSecret"] = secret;
        settings["Inbox:Mailboxes:0:OAuth2:Scope"] = "https://outlook.office365.com/.default";
        return settings;
    }

    [Fact]
    public async Task Worker_OAuth2Mailbox_SignsInWithClientCredentialsTokenAndIngests()
    {
        await using var oauth = new TestOAuth2Server();
        await using var dovecot = await DovecotServer.StartAsync(oauth2IntrospectionUrl: oauth.IntrospectionUrl);
        await dovecot.AppendAsync(TestMail.Letters(0, 3));
        await using var app = new CorrespondenceApp(Settings(dovecot, oauth, oauth.ClientSecret));
        _ = app.Services;

        await Eventually.GetAsync(async () =>
        {
            await using var db = app.NewDb();
            return await db.Messages.CountAsync() == 3;
        }, "the three messages over an XOAUTH2 sign-in");

        Assert.Contains("client_credentials|correspondence-test|https://outlook.office365.com/.default", oauth.TokenRequests);
        Assert.NotEmpty(oauth.IntrospectedTokens);
        Assert.All(oauth.IntrospectedTokens, t => Assert.StartsWith("at-", t));
    }

    [Fact]
    public async Task Worker_OAuth2WrongClientSecret_StoresNothingAndKeepsRunning()
    {
        await using var oauth = new TestOAuth2Server();
        await using var dovecot = await DovecotServer.StartAsync(oauth2IntrospectionUrl: oauth.IntrospectionUrl);
        await dovecot.AppendAsync(TestMail.Letters(0, 3));
        await using var app = new CorrespondenceApp(Settings(dovecot, oauth, "wrong-secret"));
        _ = app.Services;

        // The worker asks for a token, is refused, and retries with backoff instead of stopping the host.
        await Eventually.GetAsync(() => Task.FromResult(oauth.TokenRequests.Count >= 2), "a second token request after the first was refused");
        await using var db = app.NewDb();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Empty(oauth.IntrospectedTokens);
    }
}
