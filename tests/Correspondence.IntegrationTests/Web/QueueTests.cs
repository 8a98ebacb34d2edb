using System.Text.RegularExpressions;
using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Web;

[Collection(WebAppCollection.Name)]
public sealed partial class QueueTests
{
    [GeneratedRegex("data-row-link>(COR-\\d+)<")]
    private static partial Regex RowReference();

    private static List<string> References(string html) => RowReference().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Queue_FiltersByTopicAgeAndAssignee_PagesOldestFirstWithoutGapsOrRepeats()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var client = await app.SignedInClientAsync();
        for (var i = 0; i < 55; i++)
            await File.WriteAllTextAsync(Path.Combine(app.Inbox, $"{i:D3}.eml"), string.Format(Pipeline.UkraineLetter, i).Replace("mary@", $"mary{i}@"));
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
        await using (var db = app.NewDb())
        {
            Assert.Equal(55, await db.Messages.CountAsync(m => m.Status == MessageStatus.Drafted));
            // Spread the received times so "oldest first" is not just id order; the newest ids are the oldest mail.
            var all = await db.Messages.OrderBy(m => m.Id).ToListAsync();
            for (var i = 0; i < all.Count; i++) all[i].ReceivedAt = DateTime.UtcNow.AddDays(-1 - (all.Count - i) * 0.1);
            all[0].AssignedTo = CorrespondenceApp.DemoEmail;
            await db.SaveChangesAsync();
        }

        var first = await client.GetStringAsync("/?status=Drafted");
        var page1 = References(first);
        Assert.Equal(50, page1.Count);
        Assert.Contains(">Drafted <span class=\"count\">55</span>", first);
        var next = Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value.Replace("&amp;", "&");
        var page2 = References(await client.GetStringAsync(next));
        Assert.Equal(5, page2.Count);
        Assert.Equal(55, page1.Concat(page2).Distinct().Count());
        await using (var db = app.NewDb())
        {
            var oldestFirst = await db.Messages.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).Select(m => m.CaseId).ToListAsync();
            Assert.Equal(oldestFirst.Select(Case.FormatReference), page1.Concat(page2));
        }

        Assert.Single(References(await client.GetStringAsync("/?status=Drafted&assignee=me")));
        Assert.Contains(">Drafted <span class=\"count\">54</span>", await client.GetStringAsync("/?status=Drafted&assignee=nobody"));
        // Topic filter against the database (which topics the model gives these letters is the model's business).
        foreach (var topic in new[] { "ukraine", "defence", "gaza" })
        {
            await using var db = app.NewDb();
            var expected = await db.Messages.Where(m => m.Status == MessageStatus.Drafted && m.Topics.Any(t => t.TopicId == topic))
                .OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).Take(50).Select(m => m.CaseId).ToListAsync();
            Assert.Equal(expected.Select(Case.FormatReference), References(await client.GetStringAsync($"/?status=Drafted&topic={topic}")));
        }
        // Received 1 to 6.5 days ago: only those over 5 days old.
        var older = References(await client.GetStringAsync("/?status=Drafted&olderThanDays=5"));
        Assert.InRange(older.Count, 14, 16);
        Assert.Contains(">Drafted <span class=\"count\">0</span>", await client.GetStringAsync("/?status=Drafted&olderThanDays=10"));
    }

    [Fact]
    public async Task Queue_ManagersSeeEscalatedFirst_CampaignAndConstituencyFiltersAndCampaignCounts()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        await app.CreateUserAsync("caseworker@test.local", "Queue-test-pass-1", Core.Access.Roles.Caseworker);
        await app.CreateUserAsync("manager@test.local", "Queue-test-pass-1", Core.Access.Roles.Manager);
        var ids = new List<long>();
        for (var i = 0; i < 4; i++) ids.Add(await Pipeline.DraftedMessageAsync(app, $"q{i}"));
        await using (var db = app.NewDb())
        {
            var campaign = new Core.Campaigns.Campaign { Name = "Arms for Ukraine", Status = Core.Campaigns.CampaignStatus.Open, MemberCount = 2 };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            var messages = await db.Messages.Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync();
            messages[0].CampaignId = messages[1].CampaignId = campaign.Id;
            messages[2].Constituency = Core.Constituency.ConstituencyStatus.Constituent;
            messages[3].Status = MessageStatus.Escalated;
            await db.SaveChangesAsync();
        }
        var manager = await app.SignInAsync("manager@test.local", "Queue-test-pass-1");
        var caseworker = await app.SignInAsync("caseworker@test.local", "Queue-test-pass-1");

        var managerHome = await manager.GetStringAsync("/");
        var caseworkerHome = await caseworker.GetStringAsync("/");

        Assert.Contains("class=\"current\">Escalated", managerHome);
        Assert.Single(References(managerHome));
        Assert.Contains("class=\"current\">Drafted", caseworkerHome);
        Assert.Equal(3, References(caseworkerHome).Count);
        Assert.Contains("Arms for Ukraine <span class=\"count\">2</span>", caseworkerHome);
        Assert.Equal(2, References(await caseworker.GetStringAsync("/?status=Drafted&campaign=any")).Count);
        Assert.Single(References(await caseworker.GetStringAsync("/?status=Drafted&campaign=none")));
        Assert.Single(References(await caseworker.GetStringAsync("/?status=Drafted&constituency=Constituent")));
    }
}
