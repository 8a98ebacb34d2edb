using System.Net;
using Correspondence.Core.Cases;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Correspondence.IntegrationTests.EndToEnd;

/// <summary>One email all the way: dropped in the inbox, drafted, approved in the web app, sent into the outbox.</summary>
[Collection(WebAppCollection.Name)]
public sealed class InboxToOutboxTests
{
    private const string GazaLetter = """
        From: "Lovelace, Ada" <Ada.Lovelace@example.org>
        To: MP Office <office@mp.example>
        Subject: Ceasefire in Gaza now
        Date: Tue, 24 Nov 2026 19:02:00 +0000
        Message-ID: <gaza-e2e@example.org>
        References: <earlier@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Dear MP,

        I am asking you to call for an immediate ceasefire in Gaza and for every hostage to be released.
        Humanitarian aid must reach Gaza. {{ office.mp_name }} <script>alert(1)</script>

        Ada
        """;

    [Fact]
    public async Task DroppedEmail_ApprovedInBrowser_LandsInOutboxThreadedWithTextAndHtml()
    {
        await using var app = new CorrespondenceApp();
        var client = await app.SignedInClientAsync();
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "gaza.eml"), GazaLetter.ReplaceLineEndings("\r\n"));

        var messageId = await Eventually.GetAsync(async () =>
        {
            await using var db = app.NewDb();
            return await db.Messages.Where(m => m.Status == MessageStatus.Drafted).Select(m => (long?)m.Id).FirstOrDefaultAsync();
        }, "the dropped email to be drafted");
        Assert.True(File.Exists(Path.Combine(app.Inbox, "processed", "gaza.eml")));

        // The queue lists it; the review page shows the draft, HTML-encoded constituent text, and the cited policy.
        var queue = await client.GetStringAsync("/");
        Assert.Contains("Ceasefire in Gaza now", queue);
        var review = await client.GetStringAsync($"/Review/{messageId}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", review);
        Assert.DoesNotContain("<script>alert(1)</script>", review);
        Assert.Contains("gaza/ceasefire-and-hostages", review);

        var approve = await client.PostAsync($"/Review/{messageId}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DraftText"] = Html.TextArea(review, "DraftText"),
            ["DraftVersion"] = Html.InputValue(review, "DraftVersion"),
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(review),
        }));
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);

        var file = await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(app.Outbox)
            ? Directory.GetFiles(app.Outbox, "*.eml").SingleOrDefault() : null), "the reply in the outbox folder");
        var reply = await MimeMessage.LoadAsync(file);

        Assert.Equal("office@mp.example", reply.From.Mailboxes.Single().Address);
        Assert.Equal("ada.lovelace@example.org", reply.To.Mailboxes.Single().Address);
        Assert.Equal("Re: Ceasefire in Gaza now", reply.Subject);
        Assert.Equal("gaza-e2e@example.org", reply.InReplyTo);
        Assert.Equal(["earlier@example.org", "gaza-e2e@example.org"], reply.References.ToArray());
        Assert.EndsWith("@mp.example", reply.MessageId);
        Assert.Contains("Dear Ada Lovelace,", reply.TextBody);
        Assert.Contains("I called back in October for an immediate ceasefire", reply.TextBody);
        Assert.Contains("COR-", reply.TextBody);
        Assert.NotNull(reply.HtmlBody);
        Assert.Contains("<p>Dear Ada Lovelace,</p>", reply.HtmlBody);

        await using var check = app.NewDb();
        var message = await check.Messages.SingleAsync(m => m.Id == messageId);
        var outbox = await check.Outbox.SingleAsync();
        await Eventually.GetAsync(async () =>
        {
            await using var db = app.NewDb();
            return (await db.Messages.SingleAsync(m => m.Id == messageId)).Status == MessageStatus.Sent;
        }, "the message to be marked Sent");
        Assert.Equal(reply.MessageId, outbox.MessageIdHeader);

        // Every status change left an audit record, in order.
        await using var audit = app.NewDb();
        var trail = await audit.AuditRecords.Where(a => a.EntityType == nameof(InboundMessage) && a.EntityId == messageId.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["received", "status:Triaged", "status:Drafted", "status:Approved", "status:Sent"], trail.Where(a => a != "draft-edited"));
        Assert.Contains(await audit.AuditRecords.Where(a => a.Action == "approved").Select(a => a.Actor).ToListAsync(), a => a == CorrespondenceApp.DemoEmail);
        Assert.Equal(OutboxStatus.Sent, (await audit.Outbox.SingleAsync()).Status);
        Assert.Equal(MessageStatus.Sent, (await audit.Messages.SingleAsync(m => m.Id == message.Id)).Status);
    }

    [Fact]
    public async Task Pages_WithoutSignIn_RedirectToLogin()
    {
        await using var app = new CorrespondenceApp();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/", "/Review/1", "/jobs" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.Unauthorized,
                $"{path} answered {response.StatusCode}");
            if (response.Headers.Location is { } location)
                Assert.Contains("/Account/Login", location.ToString());
        }
    }

    [Fact]
    public async Task Approve_WithoutAntiforgeryToken_IsRejectedAndSendsNothing()
    {
        await using var app = new CorrespondenceApp();
        var client = await app.SignedInClientAsync();
        var response = await client.PostAsync("/Review/1?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DraftText"] = "x",
            ["DraftVersion"] = "1",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.NewDb();
        Assert.Empty(await db.Outbox.ToListAsync());
    }

    [Fact]
    public async Task Responses_CarryStrictContentSecurityPolicy()
    {
        await using var app = new CorrespondenceApp();
        var response = await app.CreateClient().GetAsync("/Account/Login");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }
}
