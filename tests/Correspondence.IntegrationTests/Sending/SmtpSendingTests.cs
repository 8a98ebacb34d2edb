using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer.Protocol;

namespace Correspondence.IntegrationTests.Sending;

/// <summary>Sending over a real SMTP conversation: success, a permanent 5xx and a transient 4xx.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SmtpSendingTests
{
    private static CorrespondenceApp NewApp(TestSmtpServer smtp, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Sending:Transport"] = "Smtp",
            ["Sending:Smtp:Host"] = "127.0.0.1",
            ["Sending:Smtp:Port"] = smtp.Port.ToString(),
            ["Sending:Smtp:Security"] = "None",
            // These tests run the job by hand: a retry is due at once and no rate limit makes it wait.
            ["Sending:RetryDelaySeconds"] = "0",
            ["Sending:RateLimit:PerMinute"] = "0",
            ["Sending:RateLimit:PerDay"] = "0",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        return new CorrespondenceApp(settings);
    }

    [Fact]
    public async Task SendReplyJob_OverSmtp_DeliversOneThreadedReplyAndMarksSent()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp);
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);

        await Pipeline.RunSendJobAsync(app, outboxId);
        await Pipeline.RunSendJobAsync(app, outboxId);

        var raw = Assert.Single(smtp.Received);
        var reply = MimeMessage.Load(new MemoryStream(raw));
        Assert.Equal("mary@example.org", reply.To.Mailboxes.Single().Address);
        Assert.Equal("ukraine-1@example.org", reply.InReplyTo);
        Assert.Contains("ukraine-1@example.org", reply.References);
        Assert.Equal("Re: Support for Ukraine", reply.Subject);
        Assert.NotNull(reply.TextBody);
        Assert.NotNull(reply.HtmlBody);
        await using var db = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
        Assert.Equal(MessageStatus.Sent, (await db.Messages.SingleAsync(m => m.Id == messageId)).Status);
    }

    [Fact]
    public async Task SendReplyJob_Smtp550_FailsPermanentlyWithServersWordsAndDoesNotRetry()
    {
        await using var smtp = new TestSmtpServer { Answer = new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "mailbox mary does not exist") };
        await using var app = NewApp(smtp);
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);

        await Pipeline.RunSendJobAsync(app, outboxId);

        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("550", row.LastError);
        Assert.Contains("mailbox mary does not exist", row.LastError);
        var message = await db.Messages.SingleAsync(m => m.Id == messageId);
        Assert.Equal(MessageStatus.SendFailed, message.Status);
        Assert.Contains("mailbox mary does not exist", message.StatusReason);
    }

    [Fact]
    public async Task SendReplyJob_Smtp451_PutsRowBackToQueuedWithARetryTime()
    {
        await using var smtp = new TestSmtpServer { Answer = new SmtpResponse(SmtpReplyCode.Aborted, "try again later") };
        await using var app = NewApp(smtp);
        var outboxId = await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app));

        await Pipeline.RunSendJobAsync(app, outboxId);

        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("try again later", row.LastError);
        Assert.NotNull(row.SlotAt);

        // The server recovers; the retry sends it.
        smtp.Answer = SmtpResponse.Ok;
        await Pipeline.RunSendJobAsync(app, outboxId);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task SendReplyJob_ServerSaysTooMany_PausesTheAccountAndKeepsTheReplyQueuedWithoutCountingAnAttempt()
    {
        await using var smtp = new TestSmtpServer { Answer = new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "4.7.0 Too many messages, slow down") };
        await using var app = NewApp(smtp, new() { ["Sending:RateLimit:BackoffSeconds"] = "3600" });
        var outboxId = await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app));

        await Pipeline.RunSendJobAsync(app, outboxId);
        smtp.Answer = SmtpResponse.Ok;
        // Run again at once, as a duplicate job would: the account is paused, so nothing is sent.
        await Pipeline.RunSendJobAsync(app, outboxId);

        Assert.Empty(smtp.Received);
        await using var db = app.NewDb();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Equal(0, row.Attempts);
        Assert.Contains("Too many messages", row.LastError);
        var pace = await db.SendPaces.SingleAsync();
        Assert.True(pace.PausedUntil > DateTime.UtcNow.AddMinutes(50), $"paused until {pace.PausedUntil:u}");
        Assert.True(row.SlotAt >= pace.PausedUntil.Value.AddSeconds(-1), "the reply waits for the end of the pause");
        Assert.Contains("Too many messages", pace.PauseReason);
    }

    [Fact]
    public async Task SendReplyJob_CrLfInNameAndSubject_AddsNoHeaderAndNoSmtpCommand()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp);
        // RFC 2047 encoded-words are how CR/LF really arrive: they decode to "...\r\nBcc: ..." in the name and subject.
        const string letter = """
            From: =?utf-8?q?Mary_Seacole=0D=0ABcc=3A_thief=40evil=2Eexample=0D=0ARCPT_TO=3A=3Cthief2=40evil=2Eexample=3E?= <mary@example.org>
            To: office@mp.example
            Subject: =?utf-8?q?Support_for_Ukraine=0D=0ABcc=3A_thief3=40evil=2Eexample=0D=0A=0D=0ADATA?=
            Message-ID: <ukraine-crlf@example.org>
            Content-Type: text/plain; charset=utf-8

            Please keep supporting Ukraine against Russia. Ukraine needs arms, aid and training.
            """;
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "crlf.eml"), letter.ReplaceLineEndings("\r\n"));
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
        long messageId;
        await using (var db = app.NewDb())
            messageId = (await db.Messages.SingleAsync()).Id;
        var outboxId = await Pipeline.ApprovedAsync(app, messageId);
        await using (var db = app.NewDb())
            // Whatever the drafting step made of the subject, the reply is sent with CR/LF in both.
            await db.Outbox.Where(o => o.Id == outboxId).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Subject, "Re: Support\r\nBcc: thief3@evil.example\r\n\r\nDATA")
                .SetProperty(o => o.ToName, "Mary\r\nBcc: thief@evil.example\r\nRCPT TO:<thief2@evil.example>"));

        await Pipeline.RunSendJobAsync(app, outboxId);

        var raw = Assert.Single(smtp.Received);
        var envelope = Assert.Single(smtp.Envelopes);
        Assert.Equal(["mary@example.org"], envelope.To);
        var text = System.Text.Encoding.ASCII.GetString(raw);
        // Every header line is a real header: nothing an attacker wrote starts a line of its own.
        var headerBlock = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.DoesNotMatch(@"(?im)^(Bcc|RCPT|DATA)\b", headerBlock);
        var reply = MimeMessage.Load(new MemoryStream(raw));
        Assert.Empty(reply.Bcc);
        Assert.Equal("mary@example.org", Assert.Single(reply.To.Mailboxes).Address);
        Assert.Contains("Bcc: thief3@evil.example", reply.Subject); // kept as text of the subject, harmless
    }

    [Fact]
    public async Task SendReplyJob_SmtpAuthOAuth2_SignsInWithAClientCredentialsTokenOverXOAuth2()
    {
        await using var oauth = new TestOAuth2Server();
        await using var smtp = new XOAuth2SmtpServer(oauth.IntrospectionUrl);
        await using var app = new CorrespondenceApp(new()
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Sending:Transport"] = "Smtp",
            ["Sending:Smtp:Host"] = "127.0.0.1",
            ["Sending:Smtp:Port"] = smtp.Port.ToString(),
            ["Sending:Smtp:Security"] = "None",
            ["Sending:Smtp:Auth"] = "OAuth2",
            ["Sending:Smtp:Username"] = "office@mp.example",
            ["Sending:Smtp:OAuth2:TokenEndpoint"] = oauth.TokenUrl,
            ["Sending:Smtp:OAuth2:ClientId"] = oauth.ClientId,
            ["Sending:Smtp:OAuth2:ClientSecret"] = oauth.ClientSecret,
        });
        var outboxId = await Pipeline.ApprovedAsync(app, await Pipeline.DraftedMessageAsync(app));

        await Pipeline.RunSendJobAsync(app, outboxId);

        var signIn = Assert.Single(smtp.SignIns);
        Assert.Equal("office@mp.example", signIn.User);
        Assert.True(signIn.Accepted, "the authorisation server did not know the token");
        Assert.Equal($"client_credentials|{oauth.ClientId}|https://outlook.office365.com/.default", Assert.Single(oauth.TokenRequests));
        Assert.Contains("Message-ID", Assert.Single(smtp.Messages), StringComparison.OrdinalIgnoreCase);
        await using var db = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
    }
}
