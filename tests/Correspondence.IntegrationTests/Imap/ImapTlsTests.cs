using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using MailKit;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Correspondence.IntegrationTests.Imap;

/// <summary>
/// The office mailbox over TLS against the real Dovecot (<c>ssl = required</c>, certificates made in the test): IMAPS
/// and STARTTLS, a private CA or a pinned certificate, used for reading the inbox and for filing the reply in Sent and
/// flagging the original \Answered; a certificate we do not trust is refused before any sign-in.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ImapTlsTests
{
    private const string Password = "imap-tls-Secret-7391";

    private static Dictionary<string, string?> Settings(DovecotServer dovecot, string security, TestSmtpServer? smtp = null, Dictionary<string, string?>? trust = null)
    {
        var settings = ImapSettings.For(dovecot.Host, security == "SslOnConnect" ? dovecot.ImapsPort : dovecot.Port, password: Password);
        settings["Inbox:Mailboxes:0:Security"] = security;
        foreach (var (k, v) in trust ?? []) settings[$"Inbox:Mailboxes:0:{k}"] = v;
        if (smtp is not null)
        {
            settings["Sending:Transport"] = "Smtp";
            settings["Sending:Smtp:Host"] = "127.0.0.1";
            settings["Sending:Smtp:Port"] = smtp.Port.ToString();
            settings["Sending:Smtp:Security"] = "None";
            settings["Sending:RateLimit:PerMinute"] = "0";
            settings["Sending:RateLimit:PerDay"] = "0";
        }
        return settings;
    }

    [Theory]
    [InlineData("SslOnConnect", "ca")]
    [InlineData("StartTls", "ca")]
    [InlineData("SslOnConnect", "pin")]
    [InlineData("StartTls", "pin")]
    public async Task TrustedCertificate_InboxReadAndReplyFiledInSentAndOriginalAnswered_AllOverTls(string security, string trustBy)
    {
        var (certificate, ca) = TestCertificates.SignedByPrivateCa();
        await using var dovecot = await DovecotServer.StartAsync(password: Password, certificate: certificate);
        await using var smtp = new TestSmtpServer();
        await dovecot.AppendAsync([TestMail.Letter(1)]);
        var caFile = TestCertificates.WritePem(ca, dovecot.Root);
        var trust = trustBy == "ca"
            ? new Dictionary<string, string?> { ["TrustedCaFile"] = caFile }
            : new Dictionary<string, string?> { ["TrustedCertificateSha256:0"] = TestCertificates.Sha256(certificate) };
        await using var app = new CorrespondenceApp(Settings(dovecot, security, smtp, trust));

        // Read the inbox through the app's own connection (what the inbox worker opens).
        var mailbox = app.Services.GetRequiredService<IOptions<InboxOptions>>().Value.Mailboxes[0];
        using (var client = await MailConnections.ConnectImapAsync(mailbox, app.Services.GetRequiredService<IOAuth2TokenProvider>(), CancellationToken.None))
        {
            Assert.True(client.IsSecure);
            var inbox = await client.GetFolderAsync(mailbox.Folder);
            await inbox.OpenAsync(FolderAccess.ReadWrite);
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImapMailboxReader>().SyncAsync(inbox, mailbox, CancellationToken.None);
            await client.DisconnectAsync(true);
        }
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).ProcessPendingAsync(CancellationToken.None);
        long outboxId;
        await using (var db = app.NewDb())
        {
            var message = await db.Messages.SingleAsync();
            Assert.Equal(TestMail.MessageId(1), message.MessageIdHeader);
            Assert.Equal(MessageStatus.Drafted, message.Status);
            outboxId = await Pipeline.ApprovedAsync(app, message.Id);
        }

        await Pipeline.RunSendJobAsync(app, outboxId);

        Assert.Single(smtp.Received);
        await using var check = app.NewDb();
        var reply = await check.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Sent, reply.Status);
        using var own = await dovecot.ConnectAsync();
        var sent = own.GetFolder(SpecialFolder.Sent)!;
        await sent.OpenAsync(FolderAccess.ReadOnly);
        Assert.Single(await sent.SearchAsync(SearchQuery.HeaderContains("Message-ID", reply.MessageIdHeader)));
        await own.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var flags = (await own.Inbox.FetchAsync(0, -1, MessageSummaryItems.Flags)).Single().Flags!.Value;
        Assert.True(flags.HasFlag(MessageFlags.Answered), $"flags were {flags}");
        // The app signed in twice (reading, then filing the reply) and our own check once: each over TLS, as the
        // server (ssl = required) takes no other.
        var logins = dovecot.Logins();
        Assert.True(logins.Count >= 3, string.Join("\n", logins));
        Assert.All(logins, l => Assert.Contains("TLS", l));
    }

    [Theory]
    [InlineData("SslOnConnect", "none")]
    [InlineData("StartTls", "none")]
    [InlineData("SslOnConnect", "wrong-ca")]
    [InlineData("StartTls", "wrong-ca")]
    [InlineData("SslOnConnect", "wrong-pin")]
    [InlineData("StartTls", "wrong-pin")]
    public async Task UntrustedCertificate_RefusedBeforeSignIn_WithAClearErrorWithoutThePassword(string security, string trustBy)
    {
        await using var dovecot = await DovecotServer.StartAsync(password: Password, certificate: TestCertificates.SelfSigned());
        await dovecot.AppendAsync([TestMail.Letter(1)]);
        var (_, otherCa) = TestCertificates.SignedByPrivateCa();
        var trust = trustBy switch
        {
            "wrong-ca" => new Dictionary<string, string?> { ["TrustedCaFile"] = TestCertificates.WritePem(otherCa, dovecot.Root) },
            "wrong-pin" => new Dictionary<string, string?> { ["TrustedCertificateSha256:0"] = TestCertificates.Sha256(TestCertificates.SelfSigned()) },
            _ => null,
        };
        await using var app = new CorrespondenceApp(Settings(dovecot, security, trust: trust));
        var mailbox = app.Services.GetRequiredService<IOptions<InboxOptions>>().Value.Mailboxes[0];

        var refused = await Assert.ThrowsAsync<IOException>(() =>
            MailConnections.ConnectImapAsync(mailbox, app.Services.GetRequiredService<IOAuth2TokenProvider>(), CancellationToken.None));

        Assert.Contains("did not present a certificate we trust, so we did not sign in", refused.Message);
        Assert.Contains("TrustedCaFile", refused.Message);
        Assert.Contains("TrustedCertificateSha256", refused.Message);
        Assert.DoesNotContain(Password, refused.ToString());
        Assert.Empty(dovecot.Logins()); // the password never went to a server that could not prove who it is

        // Filing a sent reply goes through the same connection: refused too, logged, nothing signed in or appended.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ImapSentFolder>()
                .RecordAsync(new MimeKit.MimeMessage(), mailbox.Key, 1, 1, flagAnswered: true, CancellationToken.None);
        Assert.Empty(dovecot.Logins());
    }

    [Fact]
    public async Task StartTlsRequired_ServerWithoutTls_RefusedWithoutSigningInInPlainText()
    {
        await using var dovecot = await DovecotServer.StartAsync(password: Password);
        await using var app = new CorrespondenceApp(Settings(dovecot, "StartTls"));
        var mailbox = app.Services.GetRequiredService<IOptions<InboxOptions>>().Value.Mailboxes[0];

        var refused = await Assert.ThrowsAsync<IOException>(() =>
            MailConnections.ConnectImapAsync(mailbox, app.Services.GetRequiredService<IOAuth2TokenProvider>(), CancellationToken.None));

        Assert.Contains("does not offer STARTTLS", refused.Message);
        Assert.DoesNotContain(Password, refused.ToString());
        Assert.Empty(dovecot.Logins());
    }

    [Fact]
    public void TrustSettings_ValidatedOnStart_MissingCaFileAndBadFingerprintNamedWithTheMailbox()
    {
        var options = new InboxOptions
        {
            Source = InboxSource.Imap,
            Mailboxes =
            [
                new ImapMailboxOptions
                {
                    Name = "office", Host = "imap.example.org", Username = "office",
                    TrustedCaFile = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pem"),
                    TrustedCertificateSha256 = ["AB:CD", new string('a', 64)],
                },
            ],
        };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.ErrorMessage!).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Inbox:Mailboxes:0 (office): TrustedCaFile", StringComparison.Ordinal) && e.Contains("missing-"));
        Assert.Contains(errors, e => e.StartsWith("Inbox:Mailboxes:0 (office): TrustedCertificateSha256 'AB:CD' is not a SHA-256 fingerprint", StringComparison.Ordinal));
    }
}
