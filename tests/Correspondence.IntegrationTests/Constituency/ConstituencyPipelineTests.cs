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
}
