using Correspondence.Core.Cases;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Correspondence.IntegrationTests.Sending;

/// <summary>
/// Sending over TLS to a real SMTP server (the SmtpServer package) with certificates made in the test: implicit TLS
/// (SMTPS) and STARTTLS, password sign-in, a certificate nobody trusts refused unless its CA or its fingerprint is
/// configured, and STARTTLS required while the server does not offer it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SmtpTlsTests
{
    private const string User = "office@mp.example";
    private const string Password = "correct horse";

    private static CorrespondenceApp NewApp(TestSmtpServer smtp, string security, Dictionary<string, string?>? extra = null, string password = Password)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Sending:Transport"] = "Smtp",
            ["Sending:Smtp:Host"] = "127.0.0.1",
            ["Sending:Smtp:Port"] = smtp.Port.ToString(),
            ["Sending:Smtp:Security"] = security,
            ["Sending:Smtp:Username"] = User,
            ["Sending:Smtp:Password"] = password,
            ["Sending:RetryDelaySeconds"] = "0",
            ["Sending:RateLimit:PerMinute"] = "0",
            ["Sending:RateLimit:PerDay"] = "0",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        return new CorrespondenceApp(settings);
    }

    private static async Task<(long MessageId, long OutboxId)> SendOneAsync(CorrespondenceApp app)
    {
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);
        await Pipeline.RunSendJobAsync(app, outboxId);
        return (messageId, outboxId);
    }

    [Fact]
    public async Task Smtps_ServerCertificateFromThePrivateCaInTrustedCaFile_SignsInAndDelivers()
    {
        var (server, ca) = TestCertificates.SignedByPrivateCa();
        await using var smtp = new TestSmtpServer(server, implicitTls: true, credentials: (User, Password));
        var caFile = TestCertificates.WritePem(ca, Path.GetTempPath());
        try
        {
            await using var app = NewApp(smtp, "SslOnConnect", new() { ["Sending:Smtp:TrustedCaFile"] = caFile });
            var (_, outboxId) = await SendOneAsync(app);

            var reply = MimeMessage.Load(new MemoryStream(Assert.Single(smtp.Received)));
            Assert.Equal("Re: Support for Ukraine", reply.Subject);
            Assert.Equal((User, true), Assert.Single(smtp.SignIns));
            await using var db = app.NewDb();
            Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync(o => o.Id == outboxId)).Status);
        }
        finally { File.Delete(caFile); }
    }

    [Fact]
    public async Task StartTls_SelfSignedCertificatePinnedBySha256_SignsInAfterStartTlsAndDelivers()
    {
        var certificate = TestCertificates.SelfSigned();
        await using var smtp = new TestSmtpServer(certificate, credentials: (User, Password));
        // Colons and lower case, as openssl prints it.
        var pin = string.Join(":", TestCertificates.Sha256(certificate).Chunk(2).Select(c => new string(c))).ToLowerInvariant();
        await using var app = NewApp(smtp, "StartTls", new() { ["Sending:Smtp:TrustedCertificateSha256:0"] = pin });

        var (messageId, outboxId) = await SendOneAsync(app);

        Assert.Single(smtp.Received);
        // The server only takes AUTH over TLS (AllowUnsecureAuthentication false): a sign-in that succeeded came after STARTTLS.
        Assert.Equal((User, true), Assert.Single(smtp.SignIns));
        await using var db = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync(o => o.Id == outboxId)).Status);
        Assert.Equal(MessageStatus.Sent, (await db.Messages.SingleAsync(m => m.Id == messageId)).Status);
    }

    [Fact]
    public async Task StartTls_WrongPassword_FailsPermanentlyWithTheServersWordsAndSendsNothing()
    {
        var certificate = TestCertificates.SelfSigned();
        await using var smtp = new TestSmtpServer(certificate, credentials: (User, Password));
        await using var app = NewApp(smtp, "StartTls", new() { ["Sending:Smtp:TrustedCertificateSha256:0"] = TestCertificates.Sha256(certificate) }, password: "wrong");

        var (messageId, outboxId) = await SendOneAsync(app);

        Assert.Empty(smtp.Received);
        Assert.Contains((User, false), smtp.SignIns);
        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync(o => o.Id == outboxId);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("refused the sign-in for office@mp.example", row.LastError);
        // The server's own words (SmtpServer answers 535 "authentication failed").
        Assert.Contains("authentication failed", row.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong", row.LastError);
        Assert.Equal(MessageStatus.SendFailed, (await db.Messages.SingleAsync(m => m.Id == messageId)).Status);
    }

    [Theory]
    [InlineData("SslOnConnect")]
    [InlineData("StartTls")]
    public async Task UntrustedCertificate_RefusedBeforeSignIn_ThenSentOnceItIsPinned(string security)
    {
        var certificate = TestCertificates.SelfSigned();
        await using var smtp = new TestSmtpServer(certificate, implicitTls: security == "SslOnConnect", credentials: (User, Password));
        await using (var app = NewApp(smtp, security))
        {
            var (_, outboxId) = await SendOneAsync(app);

            Assert.Empty(smtp.Received);
            Assert.Empty(smtp.SignIns); // the password never went to a server that could not prove who it is
            await using var db = app.NewDb();
            var row = await db.Outbox.SingleAsync(o => o.Id == outboxId);
            Assert.Equal(OutboxStatus.Queued, row.Status); // retried later, in case the relay or the settings are fixed
            Assert.Contains("certificate was not accepted", row.LastError);
            Assert.Contains("Sending:Smtp:TrustedCertificateSha256", row.LastError);
        }
        // A CA that did not sign it does not help either; a pin of another certificate neither.
        var (_, otherCa) = TestCertificates.SignedByPrivateCa();
        var caFile = TestCertificates.WritePem(otherCa, Path.GetTempPath());
        try
        {
            await using var app = NewApp(smtp, security, new()
            {
                ["Sending:Smtp:TrustedCaFile"] = caFile,
                ["Sending:Smtp:TrustedCertificateSha256:0"] = TestCertificates.Sha256(TestCertificates.SelfSigned()),
            });
            await SendOneAsync(app);
            Assert.Empty(smtp.Received);
        }
        finally { File.Delete(caFile); }

        await using (var pinned = NewApp(smtp, security, new() { ["Sending:Smtp:TrustedCertificateSha256:0"] = TestCertificates.Sha256(certificate) }))
        {
            await SendOneAsync(pinned);
            Assert.Single(smtp.Received);
        }
    }

    [Fact]
    public async Task StartTlsRequired_ServerDoesNotOfferIt_FailsClearlyAndSendsNothingInPlainText()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp, "StartTls");

        var (_, outboxId) = await SendOneAsync(app);

        Assert.Empty(smtp.Received);
        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync(o => o.Id == outboxId);
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Contains("does not offer STARTTLS", row.LastError);
    }

    [Fact]
    public void TrustSettings_ValidatedOnStart_MissingCaFileAndBadFingerprintAreNamed()
    {
        var errors = new SendingOptions
        {
            Transport = ReplyTransportKind.Smtp,
            Smtp = new SmtpOptions
            {
                Host = "127.0.0.1", Security = Core.Inbox.MailSecurity.None,
                TrustedCaFile = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pem"),
                TrustedCertificateSha256 = ["AB:CD", new string('a', 64)],
            },
        }.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(new object())).Select(r => r.ErrorMessage!).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("Sending:Smtp:TrustedCaFile") && e.Contains("missing-"));
        Assert.Contains(errors, e => e.Contains("'AB:CD' is not a SHA-256 fingerprint"));
    }
}
