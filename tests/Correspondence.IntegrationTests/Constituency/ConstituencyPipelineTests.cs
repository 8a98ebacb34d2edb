using Correspondence.Core.Cases;
using Correspondence.Core.Constituency;
using Correspondence.Core.Inbox;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Constituency;

/// <summary>The postcode in a letter decides constituent / not / unknown; a non-constituent's letter is held back from drafting.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ConstituencyPipelineTests
{
    private static string Letter(string id, string postcode) => $"""
        From: Sam Writer <{id}@example.org>
        To: office@mp.example
        Subject: Support for Ukraine
        Message-ID: <{id}@example.org>
        Content-Type: text/plain; charset=utf-8

        Please keep supporting Ukraine against Russia. Ukraine needs arms, aid and training.

        Sam Writer
        1 High Street, {postcode}
        """.ReplaceLineEndings("\r\n");

    [Fact]
    public async Task Letters_AreMarkedByPostcode_AndANonConstituentIsNotDrafted()
    {
        await using var app = new CorrespondenceApp(new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Constituency:PostcodeFile"] = "samples/constituency/exampleton-north.txt",
        });
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "in.eml"), Letter("inside", "EX1 3QP"));
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "out.eml"), Letter("outside", "M1 1AE"));
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "none.eml"), Letter("nopostcode", ""));

        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);

        await using var db = app.NewDb();
        var messages = await db.Messages.Include(m => m.Case!).ThenInclude(c => c.Constituent).Include(m => m.Drafts)
            .ToDictionaryAsync(m => m.MessageIdHeader!);
        var inside = messages["inside@example.org"];
        Assert.Equal((ConstituencyStatus.Constituent, MessageStatus.Drafted), (inside.Constituency, inside.Status));
        Assert.Equal(("EX1 3QP", ConstituencyStatus.Constituent), (inside.Case!.Constituent!.Postcode, inside.Case.Constituent.Constituency));

        var outside = messages["outside@example.org"];
        Assert.Equal((ConstituencyStatus.NotConstituent, MessageStatus.NonConstituent), (outside.Constituency, outside.Status));
        Assert.Empty(outside.Drafts);
        Assert.Contains("M1 1AE", outside.StatusReason);
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "status:NonConstituent" && a.EntityId == outside.Id.ToString()));

        var unknown = messages["nopostcode@example.org"];
        Assert.Equal((ConstituencyStatus.Unknown, MessageStatus.Drafted), (unknown.Constituency, unknown.Status));
    }

    [Fact]
    public async Task NonConstituent_CourtesyReplyIsDraftedFromThePage_AndSentOnlyAfterApproval_AndForwardNeedsTheirMpsAddress()
    {
        await using var app = new CorrespondenceApp(new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Constituency:PostcodeFile"] = "samples/constituency/exampleton-north.txt",
        });
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "a.eml"), Letter("courtesy", "M1 1AE"));
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "b.eml"), Letter("forward", "LS1 4AP"));
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
        long Id(string tag) { using var db = app.NewDb(); var header = $"{tag}@example.org"; return db.Messages.Single(m => m.MessageIdHeader == header).Id; }
        var client = await app.SignedInClientAsync();
        var page = await client.GetStringAsync("/Constituents/NonConstituents");
        Assert.Contains("M1 1AE", page);

        foreach (var (tag, handler, expected) in new[] { ("courtesy", "Courtesy", "drafted for COR-"), ("forward", "Forward", "Not forwarded: Enter the office") })
        {
            var response = await client.PostAsync($"/Constituents/NonConstituents?handler={handler}&id={Id(tag)}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page) }));
            Assert.Contains(expected, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        await using (var db = app.NewDb())
        {
            var courtesyId = Id("courtesy");
            var courtesy = await db.Messages.Include(m => m.Drafts).SingleAsync(m => m.Id == courtesyId);
            Assert.Equal(MessageStatus.Drafted, courtesy.Status);
            Assert.Contains("M1 1AE", courtesy.Drafts.Single().TextBody);
            Assert.Contains("FindYourMP", courtesy.Drafts.Single().TextBody);
            Assert.False(await db.Outbox.AnyAsync()); // nothing goes out before a person approves
        }
        var outboxId = await Pipeline.ApprovedAsync(app, Id("courtesy"));
        await Pipeline.RunSendJobAsync(app, outboxId);
        Assert.Single(Directory.GetFiles(app.Outbox, "*.eml"));

        await using var after = app.NewDb();
        var forwardId = Id("forward");
        // A forward needs the other office's address (ForwardToOwnMpTests): without one nothing is drafted.
        Assert.Equal(MessageStatus.NonConstituent, (await after.Messages.SingleAsync(m => m.Id == forwardId)).Status);
    }

    [Fact]
    public async Task NoPostcode_WithAskForAddress_DraftsTheAddressRequestInsteadOfATopicReply()
    {
        await using var app = new CorrespondenceApp(new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Constituency:PostcodeFile"] = "samples/constituency/exampleton-north.txt",
            ["Constituency:AskForAddress"] = "true",
        });
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "a.eml"), Letter("address", ""));
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);

        await using var db = app.NewDb();
        var message = await db.Messages.Include(m => m.Drafts).SingleAsync();
        Assert.Equal((MessageStatus.Drafted, ConstituencyStatus.Unknown), (message.Status, message.Constituency));
        Assert.Contains("please reply with your full postal address", message.Drafts.Single().TextBody);
    }
}
