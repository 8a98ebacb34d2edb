using System.Net;
using Correspondence.Core.Cases;
using Correspondence.Core.Triage.Learning;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Triage;

/// <summary>A caseworker's topic change redrafts the reply, becomes a training example, and feeds the retraining job.</summary>
[Collection(WebAppCollection.Name)]
public sealed class TopicCorrectionTests
{
    [Fact]
    public async Task SetTopics_OnReviewPage_RedraftsRecordsCorrectionAndRetrainingKeepsTheBetterModel()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var client = await app.SignedInClientAsync();
        var messageId = await Pipeline.DraftedMessageAsync(app);
        var review = await client.GetStringAsync($"/Review/{messageId}");

        // The caseworker decides this Ukraine letter is also about defence.
        var response = await client.PostAsync($"/Review/{messageId}?handler=Topics", new FormUrlEncodedContent(
        [
            new("topics", "ukraine"),
            new("topics", "defence"),
            new("__RequestVerificationToken", Html.AntiforgeryToken(review)),
        ]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using (var db = app.NewDb())
        {
            var message = await db.Messages.Include(m => m.Topics).Include(m => m.Drafts).SingleAsync(m => m.Id == messageId);
            Assert.Equal(MessageStatus.Drafted, message.Status);
            Assert.Equal(["defence", "ukraine"], message.Topics.Select(t => t.TopicId).Order());
            Assert.All(message.Topics, t => Assert.Equal(CorrespondenceApp.DemoEmail, t.AssignedBy));
            var latest = message.Drafts.MaxBy(d => d.Version)!;
            Assert.Equal(2, latest.Version);
            Assert.Contains("On defence:", latest.TextBody);
            var correction = await db.TopicCorrections.SingleAsync();
            Assert.Equal("defence,ukraine", correction.Labels);
            Assert.Contains(await db.AuditRecords.Select(a => a.Action).ToListAsync(), a => a == "topics-changed");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RetrainTopicModelJob>().RunAsync(CancellationToken.None);

        // Activated only if no worse; either way the verdict is audited and the active model is the better one.
        var active = app.Get<TopicModelStore>().Current;
        Assert.Equal(outcome.Activated, active.Info.Version == outcome.Version);
        Assert.True(outcome.Candidate.MacroF1 >= outcome.Current.MacroF1 || !outcome.Activated);
        await using var check = app.NewDb();
        Assert.Contains(await check.AuditRecords.Select(a => a.Action).ToListAsync(),
            a => a == (outcome.Activated ? "topic-model-activated" : "topic-model-rejected"));
    }
}
