using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Triage;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Triage;

/// <summary>
/// A letter that gets no draft says why, in the message, its audit record and the review page: a disputed confident
/// topic (ADR 0020) must not read as "not confident enough", or the caseworker looks for the wrong problem.
/// The classifier is the only stand-in: a trained model gives no letter a chosen verdict on demand.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class NeedsTriageReasonTests
{
    [Theory]
    [InlineData(0.91, true, "the second opinion disputes ukraine (stand-in: ukraine 0.91; model: arms; second opinion disagrees")]
    [InlineData(0.31, false, "not confident enough to draft (stand-in: best ukraine 0.31; model: arms")]
    public async Task UndraftedLetter_SaysWhy_InMessageAuditAndReviewPage(double confidence, bool disputed, string expected)
    {
        var verdict = TopicClassification.Decide(
            [new TopicScore("ukraine", confidence, disputed ? ["model: arms", "second opinion disagrees (SVM margin -0.40): not drafted"] : ["model: arms"])],
            assign: 0.4, abstain: 0.2, disputed: disputed ? new HashSet<string> { "ukraine" } : null);
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" },
            services => services.AddSingleton<ITopicClassifier>(new StandIn(verdict)));
        var client = await app.SignedInClientAsync();
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "1.eml"), string.Format(Pipeline.UkraineLetter, "reason"));

        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);

        await using var db = app.NewDb();
        var message = await db.Messages.SingleAsync();
        Assert.Equal(MessageStatus.NeedsTriage, message.Status);
        Assert.StartsWith(expected, message.StatusReason);
        Assert.Empty(await db.Drafts.ToListAsync());
        var audit = await db.AuditRecords.Where(a => a.Action == "status:NeedsTriage").SingleAsync();
        Assert.Contains(expected, audit.Detail);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(expected), await client.GetStringAsync($"/Review/{message.Id}"));
    }

    private sealed class StandIn(TopicClassification verdict) : ITopicClassifier
    {
        public string Name => "stand-in";

        public TopicClassification Classify(string subject, string body) => verdict;
    }
}
