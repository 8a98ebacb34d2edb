using System.Net;
using Correspondence.Core.Cases;
using Correspondence.Core.Constituency;
using Correspondence.Core.DataProtection;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Correspondence.IntegrationTests.Constituency;

/// <summary>"Forward to their own MP": the letter reaches the other office over real SMTP, attached whole, once, and only after approval.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ForwardToOwnMpTests
{
    private const string Letter = """
        From: Sam Writer <sam@example.org>
        To: office@mp.example
        Subject: Bus route 42
        Message-ID: <bus42@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Please save the number 42 bus. It is my only way to the hospital.

        Sam Writer
        1 High Street, M1 1AE
        --b1
        Content-Type: text/plain; name="timetable.txt"
        Content-Disposition: attachment; filename="timetable.txt"

        42: every 30 minutes
        --b1--
        """;

    private static CorrespondenceApp NewApp(TestSmtpServer smtp) => new(new Dictionary<string, string?>
    {
        ["Web:RunInboxWorker"] = "false",
        ["Jobs:RunServer"] = "false",
        ["Constituency:PostcodeFile"] = "samples/constituency/exampleton-north.txt",
        ["Constituency:MpDirectoryFile"] = "samples/constituency/mp-directory.txt",
        ["Sending:Transport"] = "Smtp",
        ["Sending:Smtp:Host"] = "127.0.0.1",
        ["Sending:Smtp:Port"] = smtp.Port.ToString(),
        ["Sending:Smtp:Security"] = "None",
        ["Sending:RetryDelaySeconds"] = "0",
        ["Sending:RateLimit:PerMinute"] = "0",
        ["Sending:RateLimit:PerDay"] = "0",
    });

    private static async Task<long> IngestAsync(CorrespondenceApp app)
    {
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "bus.eml"), Letter.ReplaceLineEndings("\r\n"));
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
        await using var db = app.NewDb();
        var message = await db.Messages.SingleAsync();
        Assert.Equal(MessageStatus.NonConstituent, message.Status);
        return message.Id;
    }

    private static Task<HttpResponseMessage> PostForward(HttpClient client, string page, long id, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Html.AntiforgeryToken(page);
        return client.PostAsync($"/Constituents/NonConstituents?handler=Forward&id={id}", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task ForwardFromTheDirectory_ReachesTheOtherOfficeWithTheLetterAttached_OnceAndOnlyAfterApproval()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp);
        var id = await IngestAsync(app);
        var client = await app.SignedInClientAsync();
        var page = await client.GetStringAsync("/Constituents/NonConstituents");
        Assert.Contains("Manchester Central: Alex Example MP", page);

        var response = await PostForward(client, page, id, new() { ["office"] = "office@manchester-central.mp.example" });
        Assert.Contains("when it is approved the letter goes to Alex Example MP (Manchester Central)", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));

        await using (var db = app.NewDb())
        {
            var message = await db.Messages.Include(m => m.Drafts).SingleAsync();
            Assert.Equal(MessageStatus.Drafted, message.Status);
            var note = message.Drafts.Single();
            Assert.Contains("passed your email to the office of Alex Example MP, MP for Manchester Central (office@manchester-central.mp.example)", note.TextBody);
            Assert.Empty(note.UnfilledPlaceholders);
            Assert.False(await db.Outbox.AnyAsync()); // nothing leaves before a person approves
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "forward-prepared" && a.EntityId == id.ToString()));
        }
        var review = WebUtility.HtmlDecode(await client.GetStringAsync($"/Review/{id}"));
        Assert.Contains("Approving this note also forwards the letter", review);
        Assert.Empty(smtp.Received);

        var noteOutbox = await Pipeline.ApprovedAsync(app, id);
        long forwardOutbox;
        await using (var db = app.NewDb())
        {
            var rows = await db.Outbox.OrderBy(o => o.Id).ToListAsync();
            Assert.Equal([OutboundKind.Reply, OutboundKind.Forward], rows.Select(r => r.Kind));
            forwardOutbox = rows.Single(r => r.Kind == OutboundKind.Forward).Id;
            Assert.Equal(forwardOutbox, (await db.Forwardings.SingleAsync()).OutboxId);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "forward-approved" && a.EntityId == id.ToString() && a.Detail!.Contains("office@manchester-central.mp.example")));
        }
        // Each job twice, as a duplicate or rerun would: still one of each.
        foreach (var outbox in new[] { noteOutbox, forwardOutbox, noteOutbox, forwardOutbox })
            await Pipeline.RunSendJobAsync(app, outbox);

        Assert.Equal(2, smtp.Received.Count);
        var sent = smtp.Received.Select(r => MimeMessage.Load(new MemoryStream(r))).ToList();
        var toWriter = Assert.Single(sent, m => m.To.Mailboxes.Single().Address == "sam@example.org");
        Assert.Contains("office@manchester-central.mp.example", toWriter.TextBody);
        var forward = Assert.Single(sent, m => m.To.Mailboxes.Single().Address == "office@manchester-central.mp.example");
        Assert.Equal("Fwd: Bus route 42", forward.Subject);
        Assert.Contains("Sam Writer (sam@example.org)", forward.TextBody);
        var attached = Assert.Single(forward.Attachments.OfType<MessagePart>());
        Assert.Equal("message/rfc822", attached.ContentType.MimeType);
        Assert.Equal("sam@example.org", attached.Message!.From.Mailboxes.Single().Address);
        Assert.Equal("bus42@example.org", attached.Message!.MessageId);
        Assert.Contains("save the number 42 bus", attached.Message!.TextBody);
        var timetable = Assert.Single(attached.Message!.Attachments.OfType<MimePart>());
        Assert.Equal("timetable.txt", timetable.FileName);
        Assert.Contains(smtp.Envelopes, e => e.To.SequenceEqual(["office@manchester-central.mp.example"]));

        await using (var db = app.NewDb())
        {
            Assert.All(await db.Outbox.ToListAsync(), o => Assert.Equal(OutboxStatus.Sent, o.Status));
            Assert.Equal(MessageStatus.Sent, (await db.Messages.SingleAsync()).Status);
        }

        // Subject access: the disclosure to the other office is part of what is held about the writer.
        await using var scope = app.Services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<SubjectExporter>();
        var zip = await exporter.ExportAsync((await exporter.FindByEmailAsync("sam@example.org", CancellationToken.None))!.Value, "manager@test.local", null, CancellationToken.None);
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip!));
        var json = await new StreamReader(archive.GetEntry("data.json")!.Open()).ReadToEndAsync();
        Assert.Contains("\"forwardedTo\"", json);
        Assert.Contains("office@manchester-central.mp.example", json);
        Assert.Contains("forward-approved", json);
        var html = await new StreamReader(archive.GetEntry("index.html")!.Open()).ReadToEndAsync();
        Assert.Contains("was passed", html);
    }

    [Theory]
    [InlineData("Evil MP", "office@evil.example\r\nBcc: everyone@example.net")]
    [InlineData("Evil MP\r\nBcc: everyone@example.net", "office@evil.example")]
    [InlineData("Evil MP", "Evil <office@evil.example>, other@example.net")]
    [InlineData("Evil MP", "not-an-address")]
    public async Task TypedAddress_WithInjectionOrNotOneAddress_IsRefusedAndNothingIsPrepared(string name, string address)
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp);
        var id = await IngestAsync(app);
        var client = await app.SignedInClientAsync();
        var page = await client.GetStringAsync("/Constituents/NonConstituents");

        var response = await PostForward(client, page, id, new() { ["toName"] = name, ["toAddress"] = address, ["toConstituency"] = "Elsewhere" });

        Assert.Contains("Not forwarded:", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = app.NewDb();
        Assert.False(await db.Forwardings.AnyAsync());
        Assert.Equal(MessageStatus.NonConstituent, (await db.Messages.SingleAsync()).Status);
    }

    [Fact]
    public async Task TypedAddress_Valid_IsUsed()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp);
        var id = await IngestAsync(app);
        var client = await app.SignedInClientAsync();
        var page = await client.GetStringAsync("/Constituents/NonConstituents");
        await PostForward(client, page, id, new() { ["toName"] = "Pat Other MP", ["toAddress"] = "pat@other.mp.example", ["toConstituency"] = "Otherton" });
        await using var db = app.NewDb();
        var forward = await db.Forwardings.SingleAsync();
        Assert.Equal(("Pat Other MP", "pat@other.mp.example", "Otherton"), (forward.ToName, forward.ToAddress, forward.ToConstituency));
    }

    [Fact]
    public async Task Forward_WithoutSigningIn_IsRefused()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = NewApp(smtp);
        var id = await IngestAsync(app);
        var signedIn = await app.SignedInClientAsync();
        var page = await signedIn.GetStringAsync("/Constituents/NonConstituents");
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostForward(anonymous, page, id, new() { ["office"] = "office@manchester-central.mp.example" });
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.IsSuccessStatusCode);
        await using var db = app.NewDb();
        Assert.False(await db.Forwardings.AnyAsync());
    }
}
