using Correspondence.Core.Cases;
using Correspondence.Core.DataProtection;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.DataProtection;

/// <summary>The retention job deletes or anonymises by status and age, leaves younger letters alone, reports counts, and reruns harmlessly.</summary>
[Collection(WebAppCollection.Name)]
public sealed class RetentionTests
{
    private static async Task AgeAsync(CorrespondenceApp app, long messageId, MessageStatus status, int days)
    {
        await using var db = app.NewDb();
        await db.Messages.Where(m => m.Id == messageId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status).SetProperty(m => m.StatusChangedAt, DateTime.UtcNow.AddDays(-days)));
    }

    private static async Task<RetentionJob.Report> RunAsync(CorrespondenceApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task OldClosedLettersAreDeleted_OldSentOnesAnonymised_YoungOnesKept()
    {
        await using var app = new CorrespondenceApp(new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Retention:Rules:0:Status"] = "Closed",
            ["Retention:Rules:0:AfterDays"] = "2190",
            ["Retention:Rules:0:Action"] = "Delete",
            ["Retention:Rules:1:Status"] = "Sent",
            ["Retention:Rules:1:AfterDays"] = "2190",
            ["Retention:Rules:1:Action"] = "Anonymise",
            ["Retention:Rules:2:Status"] = "NonConstituent",
            ["Retention:Rules:2:AfterDays"] = "365",
            ["Retention:Rules:3:Status"] = "Quarantined",
            ["Retention:Rules:3:AfterDays"] = "365",
        });
        var old = await Pipeline.DraftedMessageAsync(app, "old-closed");
        var sent = await Pipeline.DraftedMessageAsync(app, "old-sent");
        var young = await Pipeline.DraftedMessageAsync(app, "young-closed");
        await AgeAsync(app, old, MessageStatus.Closed, 2200);
        await AgeAsync(app, sent, MessageStatus.Sent, 2200);
        await AgeAsync(app, young, MessageStatus.Closed, 100);

        var report = await RunAsync(app);

        Assert.Equal((1, 1), (report.Deleted, report.Anonymised));
        await using var db = app.NewDb();
        Assert.False(await db.Messages.AnyAsync(m => m.Id == old));
        var anonymised = await db.Messages.Include(m => m.Drafts).Include(m => m.Topics).SingleAsync(m => m.Id == sent);
        Assert.Equal(("", "(anonymised)", "someone" + RetentionJob.AnonymisedDomain), (anonymised.TextBody, anonymised.Subject, anonymised.FromAddress));
        Assert.All(anonymised.Drafts, d => Assert.Equal("", d.TextBody));
        Assert.Equal(["ukraine"], anonymised.Topics.Select(t => t.TopicId)); // statistics survive
        Assert.Contains("young-closed", (await db.Messages.SingleAsync(m => m.Id == young)).MessageIdHeader);
        Assert.True(await db.Constituents.AnyAsync(c => c.Email == "mary@example.org")); // still has a young letter
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "retention-run");
        Assert.Contains("1 messages deleted, 1 anonymised", audit.Detail);
        Assert.DoesNotContain("mary", audit.Detail);

        var again = await RunAsync(app);
        Assert.Equal((0, 0), (again.Deleted, again.Anonymised));
    }

    [Fact]
    public void Options_RefuseARuleForLettersStillBeingAnswered()
    {
        var options = new RetentionOptions { Rules = [new RetentionRule { Status = MessageStatus.Drafted, AfterDays = 10 }] };
        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(r => r.ErrorMessage).ToList();
        Assert.Equal(2, problems.Count);
    }
}
