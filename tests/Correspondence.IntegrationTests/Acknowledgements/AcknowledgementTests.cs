using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Correspondence.IntegrationTests.Acknowledgements;

/// <summary>The optional immediate acknowledgement: once per sender per period, never to automated mail, never an answer.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AcknowledgementTests
{
    private static CorrespondenceApp NewApp(bool enabled = true) => new(new Dictionary<string, string?>
    {
        ["Web:RunInboxWorker"] = "false",
        ["Jobs:RunServer"] = "false",
        ["Acknowledgement:Enabled"] = enabled ? "true" : "false",
        ["Acknowledgement:PeriodHours"] = "24",
    });

    private static string Letter(string from, string id, string extraHeaders = "") => $"""
        From: {from}
        To: office@mp.example
        Subject: Support for Ukraine
        Message-ID: <{id}@example.org>
        {extraHeaders}Content-Type: text/plain; charset=utf-8

        Please keep supporting Ukraine against Russia with arms and aid. {id}
        """.ReplaceLineEndings("\r\n");

    private static async Task IngestAsync(CorrespondenceApp app, params (string File, string Content)[] letters)
    {
        foreach (var (file, content) in letters)
            await File.WriteAllTextAsync(Path.Combine(app.Inbox, file), content);
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NewLetter_GetsOneAutoSubmittedAcknowledgementWithTheReference_AndStaysOpenForItsAnswer()
    {
        await using var app = NewApp();
        await IngestAsync(app, ("a.eml", Letter("Mary Seacole <mary@example.org>", "ack-1")));

        await using var db = app.NewDb();
        var ack = await db.Outbox.SingleAsync();
        var message = await db.Messages.SingleAsync();
        Assert.Equal((OutboundKind.Acknowledgement, "mary@example.org", (long?)null), (ack.Kind, ack.ToAddress, ack.DraftId));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SendReplyJob>().RunAsync(ack.Id, CancellationToken.None);

        var sent = await MimeMessage.LoadAsync(Directory.GetFiles(app.Outbox, "*.eml").Single());
        Assert.Equal("auto-replied", sent.Headers[HeaderId.AutoSubmitted]);
        Assert.Equal("ack-1@example.org", sent.InReplyTo);
        Assert.Contains("Dear Mary Seacole,", sent.TextBody);
        Assert.Contains(Case.FormatReference(message.CaseId), sent.TextBody);
        await using var after = app.NewDb();
        Assert.Equal(OutboxStatus.Sent, (await after.Outbox.SingleAsync()).Status);
        Assert.Equal(MessageStatus.Drafted, (await after.Messages.SingleAsync()).Status); // still waits for its real reply
    }

    [Fact]
    public async Task SameSenderTwiceWithinThePeriod_IsAcknowledgedOnce_OtherSendersEach()
    {
        await using var app = NewApp();
        await IngestAsync(app, ("a.eml", Letter("Mary <mary@example.org>", "ack-a")), ("b.eml", Letter("Mary <MARY@example.org>", "ack-b")));
        await IngestAsync(app, ("c.eml", Letter("Mary <mary@example.org>", "ack-c")), ("d.eml", Letter("Ada <ada@example.org>", "ack-d")));

        await using var db = app.NewDb();
        Assert.Equal(4, await db.Messages.CountAsync());
        var acks = await db.Outbox.Where(o => o.Kind == OutboundKind.Acknowledgement).Select(o => o.ToAddress.ToLower()).OrderBy(a => a).ToListAsync();
        Assert.Equal(["ada@example.org", "mary@example.org"], acks);
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-replied\r\n")]
    [InlineData("List-Id: <campaign.lists.example.org>\r\n")]
    [InlineData("Precedence: bulk\r\n")]
    public async Task AutomatedOrListMail_IsNeverAcknowledged(string header)
    {
        await using var app = NewApp();
        await IngestAsync(app, ("auto.eml", Letter("Robot <robot@example.org>", "ack-auto", header)));

        await using var db = app.NewDb();
        Assert.Equal(1, await db.Messages.CountAsync());
        Assert.False(await db.Outbox.AnyAsync());
    }

    [Fact]
    public async Task Disabled_NoAcknowledgement()
    {
        await using var app = NewApp(enabled: false);
        await IngestAsync(app, ("a.eml", Letter("Mary Seacole <mary@example.org>", "ack-off")));

        await using var db = app.NewDb();
        Assert.Equal(1, await db.Messages.CountAsync());
        Assert.False(await db.Outbox.AnyAsync());
    }
}
