using System.Net;
using Correspondence.Core.Cases;
using Correspondence.Core.Drafting;
using Correspondence.Core.Sending;
using Correspondence.Core.Templates;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Templates;

/// <summary>An admin edits reply templates and policies in the UI: validated, previewed, versioned, and drafts follow.</summary>
[Collection(WebAppCollection.Name)]
public sealed class TemplateEditingTests
{
    private const string UkraineTemplate = "replies/topics/ukraine.scriban";

    private static CorrespondenceApp NewApp() => new(new Dictionary<string, string?>
    {
        ["Web:RunInboxWorker"] = "false",
        ["Jobs:RunServer"] = "false",
    });

    private static async Task<HttpResponseMessage> PostEditAsync(HttpClient client, string name, string handler, string text,
        string? comment = null, long? previewMessageId = null)
    {
        var page = await client.GetStringAsync($"/Admin/Templates/Edit?name={Uri.EscapeDataString(name)}");
        var form = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Text"] = text,
            ["BaseRevision"] = Html.InputValue(page, "BaseRevision"),
            ["Comment"] = comment ?? "",
            ["PreviewMessageId"] = previewMessageId?.ToString() ?? "",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        };
        return await client.PostAsync($"/Admin/Templates/Edit?handler={handler}", new FormUrlEncodedContent(form));
    }

    private static async Task<RedraftStaleJob.Outcome> RunRedraftJobAsync(CorrespondenceApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RedraftStaleJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<Draft> LatestDraftAsync(CorrespondenceApp app, long messageId)
    {
        await using var db = app.NewDb();
        return await db.Drafts.Where(d => d.MessageId == messageId).OrderByDescending(d => d.Version).FirstAsync();
    }

    [Fact]
    public async Task SaveTopicTemplate_StoresRevisionAuditsAndRedraftsDraftsBuiltOnTheOldWords()
    {
        await using var app = NewApp();
        var client = await app.SignedInClientAsync();
        var messageId = await Pipeline.DraftedMessageAsync(app, "tpl-save");
        var shipped = app.Get<TemplateSet>().Shipped.Read(UkraineTemplate)!;

        var response = await PostEditAsync(client, UkraineTemplate, "Save",
            shipped.Replace("On Ukraine", "On Ukraine and Russia's war") , "clearer heading");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Saved replies/topics/ukraine.scriban as revision 1", await response.Content.ReadAsStringAsync());
        await using (var db = app.NewDb())
        {
            var revision = await db.TemplateRevisions.SingleAsync();
            Assert.Equal((UkraineTemplate, 1, "clearer heading", CorrespondenceApp.DemoEmail),
                (revision.Name, revision.Revision, revision.Comment, revision.CreatedBy));
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "template-saved" && a.Detail.Contains(UkraineTemplate)));
        }
        Assert.DoesNotContain("Russia's war", (await LatestDraftAsync(app, messageId)).TextBody);

        var outcome = await RunRedraftJobAsync(app);

        Assert.Equal(1, outcome.Redrafted);
        var draft = await LatestDraftAsync(app, messageId);
        Assert.Equal(2, draft.Version);
        Assert.Contains("On Ukraine and Russia's war", draft.TextBody);
        Assert.Equal(0, (await RunRedraftJobAsync(app)).Redrafted); // rerunning finds nothing stale
    }

    [Fact]
    public async Task SaveTemplateWithParseErrorOrUnknownVariable_IsRefusedWithTheReasonAndNothingSaved()
    {
        await using var app = NewApp();
        var client = await app.SignedInClientAsync();

        var parse = await (await PostEditAsync(client, UkraineTemplate, "Save", "On Ukraine:\n{{ for p in topic.paragraphs }}{{ p.text }")).Content.ReadAsStringAsync();
        var unknown = await (await PostEditAsync(client, "replies/reply.text.scriban", "Save", "Dear {{ constituent.nmae }},\n")).Content.ReadAsStringAsync();

        Assert.Contains("Not saved: fix these first.", parse);
        Assert.Contains("replies/topics/ukraine.scriban", parse);
        Assert.Contains("Not saved: fix these first.", unknown);
        Assert.Contains("nmae", unknown);
        await using var db = app.NewDb();
        Assert.False(await db.TemplateRevisions.AnyAsync());
    }

    [Fact]
    public async Task PolicyEditThatRenamesTheTopic_IsRefused()
    {
        await using var app = NewApp();
        var client = await app.SignedInClientAsync();
        var policy = app.Get<TemplateSet>().Shipped.Read("policies/gaza.md")!;

        var page = await (await PostEditAsync(client, "policies/gaza.md", "Save", policy.Replace("id: gaza", "id: middle-east"))).Content.ReadAsStringAsync();

        Assert.Contains("The topic id must stay &#x27;gaza&#x27;", page);
        await using var db = app.NewDb();
        Assert.False(await db.TemplateRevisions.AnyAsync());
    }

    [Fact]
    public async Task Preview_RendersTheEditOnARealLetterWithoutSavingIt()
    {
        await using var app = NewApp();
        var client = await app.SignedInClientAsync();
        var messageId = await Pipeline.DraftedMessageAsync(app, "tpl-preview");
        var shipped = app.Get<TemplateSet>().Shipped.Read(UkraineTemplate)!;

        var page = await (await PostEditAsync(client, UkraineTemplate, "Check", shipped.Replace("On Ukraine", "PREVIEWED HEADING"))).Content.ReadAsStringAsync();

        Assert.Contains($"Preview: the reply to message {messageId}", page);
        Assert.Contains("PREVIEWED HEADING", page);
        Assert.Contains("Dear Mary Seacole,", page);
        await using var db = app.NewDb();
        Assert.False(await db.TemplateRevisions.AnyAsync());
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "template-previewed" && a.EntityId == messageId.ToString()));
        Assert.DoesNotContain("PREVIEWED HEADING", (await LatestDraftAsync(app, messageId)).TextBody);
    }

    [Fact]
    public async Task PolicyEdit_RedraftsThatTopicsDraftsOnly_AndAPersonsEditWaitsForThem()
    {
        await using var app = NewApp();
        var client = await app.SignedInClientAsync();
        var untouched = await Pipeline.DraftedMessageAsync(app, "tpl-policy-1");
        var edited = await Pipeline.DraftedMessageAsync(app, "tpl-policy-2");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var save = await scope.ServiceProvider.GetRequiredService<DraftEditor>()
                .SaveAsync(edited, 1, "Dear Mary,\n\nMy own words about Ukraine.\n", "caseworker@test.local", null, CancellationToken.None);
            Assert.True(save.Saved, save.Problem);
        }
        var gaza = app.Get<TemplateSet>().Shipped.Read("policies/gaza.md")!;
        Assert.Equal(HttpStatusCode.OK, (await PostEditAsync(client, "policies/gaza.md", "Save", gaza.Replace("earliest possible", "immediate"))).StatusCode);

        Assert.Equal(0, (await RunRedraftJobAsync(app)).Redrafted); // a Gaza edit leaves Ukraine drafts alone

        var ukraine = app.Get<TemplateSet>().Current.Read("policies/ukraine.md")!;
        var first = ukraine.IndexOf("\n## ", StringComparison.Ordinal);
        var changed = ukraine.Insert(first + 1, "## new-statement\nI will vote for every further aid package to Ukraine.\n\n");
        var saved = await (await PostEditAsync(client, "policies/ukraine.md", "Save", changed)).Content.ReadAsStringAsync();
        Assert.Contains("as revision 1", saved);

        var outcome = await RunRedraftJobAsync(app);

        Assert.Equal((1, 1), (outcome.Redrafted, outcome.LeftForAPerson));
        Assert.Equal(2, (await LatestDraftAsync(app, untouched)).Version);
        var personal = await LatestDraftAsync(app, edited);
        Assert.Equal("My own words about Ukraine.", personal.TextBody.Split("\n\n")[1].Trim());

        // Their stale draft cannot go out until they choose: approval refuses, "keep my text" re-stamps it, then it goes.
        await using var scope2 = app.Services.CreateAsyncScope();
        var approval = scope2.ServiceProvider.GetRequiredService<ReplyApproval>();
        var refused = await approval.ApproveAsync(edited, personal.Version, "caseworker@test.local", null, CancellationToken.None);
        Assert.False(refused.Approved);
        Assert.Contains("have changed since", refused.Problem);
        var kept = await scope2.ServiceProvider.GetRequiredService<DraftEditor>()
            .KeepTextAsync(edited, personal.Version, "caseworker@test.local", null, CancellationToken.None);
        Assert.True(kept.Saved, kept.Problem);
        Assert.Equal(personal.TextBody, kept.Latest!.TextBody);
        var approved = await approval.ApproveAsync(edited, kept.Latest.Version, "caseworker@test.local", null, CancellationToken.None);
        Assert.True(approved.Approved, approved.Problem);
    }

    [Fact]
    public async Task TemplateWithAPlaceholder_DraftsCarryIt_AndApprovalWaitsUntilACaseworkerFillsIt()
    {
        await using var app = NewApp();
        var client = await app.SignedInClientAsync();
        var shipped = app.Get<TemplateSet>().Shipped.Read(UkraineTemplate)!;
        await PostEditAsync(client, UkraineTemplate, "Save", shipped + "\n[[ADD WHAT THE MP DID LOCALLY]]\n");
        var messageId = await Pipeline.DraftedMessageAsync(app, "tpl-placeholder");
        var draft = await LatestDraftAsync(app, messageId);
        Assert.Equal("[[ADD WHAT THE MP DID LOCALLY]]", draft.UnfilledPlaceholders);

        await using var scope = app.Services.CreateAsyncScope();
        var approval = scope.ServiceProvider.GetRequiredService<ReplyApproval>();
        var refused = await approval.ApproveAsync(messageId, draft.Version, "caseworker@test.local", null, CancellationToken.None);
        Assert.False(refused.Approved);
        Assert.Contains("[[ADD WHAT THE MP DID LOCALLY]]", refused.Problem);

        var filled = await scope.ServiceProvider.GetRequiredService<DraftEditor>().SaveAsync(messageId, draft.Version,
            draft.TextBody.Replace("[[ADD WHAT THE MP DID LOCALLY]]", "I spoke at the vigil in the town square."), "caseworker@test.local", null, CancellationToken.None);
        Assert.True(filled.Saved, filled.Problem);
        var approved = await approval.ApproveAsync(messageId, filled.Latest!.Version, "caseworker@test.local", null, CancellationToken.None);
        Assert.True(approved.Approved, approved.Problem);
    }

    [Fact]
    public async Task ReviewPage_StaleEditedDraft_ShowsWhyAndRedraftsOnRequest()
    {
        await using var app = NewApp();
        var client = await app.SignedInClientAsync();
        var messageId = await Pipeline.DraftedMessageAsync(app, "tpl-review-stale");
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<DraftEditor>()
                .SaveAsync(messageId, 1, "Dear Mary,\n\nMy own words.\n", "caseworker@test.local", null, CancellationToken.None)).Saved);
        var shipped = app.Get<TemplateSet>().Shipped.Read(UkraineTemplate)!;
        await PostEditAsync(client, UkraineTemplate, "Save", shipped.Replace("On Ukraine", "On Ukraine today"));

        var review = await client.GetStringAsync($"/Review/{messageId}");
        Assert.Contains("id=\"stale\"", review);
        var redraft = await client.PostAsync($"/Review/{messageId}?handler=Redraft", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DraftVersion"] = Html.InputValue(review, "DraftVersion"),
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(review),
        }));

        Assert.Equal(HttpStatusCode.OK, redraft.StatusCode);
        Assert.DoesNotContain("id=\"stale\"", await redraft.Content.ReadAsStringAsync());
        var draft = await LatestDraftAsync(app, messageId);
        Assert.Equal((3, CorrespondenceApp.DemoEmail), (draft.Version, draft.CreatedBy));
        Assert.Contains("On Ukraine today", draft.TextBody);
    }
}
