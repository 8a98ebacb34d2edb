using System.Net;
using Correspondence.Core.Campaigns;
using Correspondence.Core.Cases;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Campaigns;

/// <summary>Campaign letters through the running app: grouped on arrival, casework taken out, one draft released to every member.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CampaignReleaseTests
{
    private const string Text = """
        I am writing to urge you to call for an immediate and permanent ceasefire in Gaza. The humanitarian situation is catastrophic and civilians are paying the price every single day.

        All hostages must be released, and unrestricted humanitarian aid must be allowed into Gaza through every crossing. Aid agencies have warned for months that famine is spreading.

        The UK must suspend arms sales to Israel while there is a clear risk that they are used against Palestinian civilians. Please tell me what you will do in Parliament to press for a ceasefire.
        """;

    private static string Letter(string name, string tag, string greeting, string body, string signOff) =>
        $"From: {name} <{tag}@example.org>\r\nTo: MP Office <office@mp.example>\r\nSubject: Ceasefire in Gaza now\r\n" +
        $"Message-ID: <campaign-{tag}@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        $"{greeting}\r\n\r\n{body.ReplaceLineEndings("\r\n")}\r\n\r\n{signOff}\r\n{name}\r\n";

    [Fact]
    public async Task CampaignLetters_GroupedAndReleased_EveryMemberGetsOwnReplyOnce_CaseworkLeftForAPerson()
    {
        await using var app = new CorrespondenceApp();
        var client = await app.SignedInClientAsync();
        var paragraphs = Text.Split("\n\n");
        var letters = new Dictionary<string, string>
        {
            ["ada"] = Letter("Ada Lovelace", "ada", "Dear Alex,", Text, "Yours sincerely,"),
            ["grace"] = Letter("Grace Hopper", "grace", "Hello,", $"{paragraphs[2]}\n\n{paragraphs[0]}\n\n{paragraphs[1]}", "Kind regards,"),
            ["alan"] = Letter("Alan Turing", "alan", "Dear MP,", Text.Replace("immediate", "immediatte") + "\n\nI have never written to my MP before but I feel very strongly about this.", "Best wishes,"),
            ["mary"] = Letter("Mary Seacole", "mary", "Dear Alex Example MP,", Text + "\n\nMy daughter is stuck in Gaza and needs help to get out through the Rafah crossing.", "Thank you,"),
        };
        foreach (var (tag, eml) in letters)
            await File.WriteAllTextAsync(Path.Combine(app.Inbox, $"{tag}.eml"), eml);

        // The first letter may train the topic model (untimed here): wait for it, generously.
        var campaignId = (await Eventually.GetAsync(async () =>
        {
            await using var db = app.NewDb();
            var found = await db.Campaigns.Where(c => c.Status == CampaignStatus.Open && c.MemberCount + c.PulledOutCount == 4)
                .Select(c => (long?)c.Id).FirstOrDefaultAsync();
            if (found is null && await db.Messages.CountAsync(m => m.Status != MessageStatus.Received && m.Status != MessageStatus.Triaged) == 4)
            {
                var state = await db.Messages.Select(m => $"{m.FromAddress} {m.Status} {m.CampaignId} {m.StatusReason}").ToListAsync();
                var campaigns = await db.Campaigns.Select(c => $"{c.Id} {c.Status} {c.MemberCount}+{c.PulledOutCount}").ToListAsync();
                Assert.Fail($"all four processed but no open campaign of four: {string.Join("; ", state)} | campaigns: {string.Join("; ", campaigns)} | signatures {await db.CampaignSignatures.CountAsync()}");
            }
            return found;
        }, "four letters grouped into an open campaign", seconds: 120))!.Value;

        await using (var db = app.NewDb())
        {
            var mary = await db.Messages.SingleAsync(m => m.FromAddress == "mary@example.org");
            Assert.Null(mary.CampaignId);
            Assert.Contains("campaign letter with its own addition", mary.StatusReason);
            var member = await db.CampaignMembers.SingleAsync(m => m.MessageId == mary.Id);
            Assert.True(member.PulledOut);
            Assert.Contains("My daughter is stuck in Gaza", member.Additions);
            Assert.Equal(3, await db.Messages.CountAsync(m => m.CampaignId == campaignId));
        }

        var list = await client.GetStringAsync("/Campaigns");
        Assert.Contains("Ceasefire in Gaza now", list);
        var page = await client.GetStringAsync($"/Campaigns/{campaignId}");
        Assert.Contains("<mark>I have never written to my MP before but I feel very strongly about this.</mark>", page);
        Assert.Contains("personal situation", page);

        // A caseworker edits the draft; a manager releases the saved version.
        var draft = Html.TextArea(page, "DraftText");
        Assert.Contains(CampaignDrafting.NameToken, draft);
        var save = await client.PostAsync($"/Campaigns/{campaignId}?handler=Save", Form(page, draft.Replace("Thank you for contacting me", "Thank you for writing to me")));
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        page = await client.GetStringAsync($"/Campaigns/{campaignId}");
        Assert.Equal("2", Html.InputValue(page, "DraftVersion"));
        var release = await client.PostAsync($"/Campaigns/{campaignId}?handler=Release", Form(page, Html.TextArea(page, "DraftText")));
        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        Assert.DoesNotContain("class=\"problem\" role=\"alert\"", await release.Content.ReadAsStringAsync());

        // A copy arriving after release is answered with the released draft on arrival.
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "late.eml"), Letter("Rosalind Franklin", "rosalind", "Hi Alex,", Text, "Regards,"));

        var replies = await Eventually.GetAsync(async () =>
        {
            await using var db = app.NewDb();
            var sent = await db.Outbox.Where(o => o.Kind == OutboundKind.Reply && o.Status == OutboxStatus.Sent).ToListAsync();
            return sent.Count == 4 ? sent : null;
        }, "four campaign replies sent", seconds: 60);

        await using (var db = app.NewDb())
        {
            foreach (var (address, name) in new[] { ("ada", "Ada Lovelace"), ("grace", "Grace Hopper"), ("alan", "Alan Turing"), ("rosalind", "Rosalind Franklin") })
            {
                var message = await db.Messages.SingleAsync(m => m.FromAddress == $"{address}@example.org");
                var reply = Assert.Single(replies, r => r.MessageId == message.Id);
                Assert.StartsWith($"Dear {name},", reply.TextBody);
                Assert.Contains(Case.FormatReference(message.CaseId), reply.TextBody);
                Assert.Contains("Thank you for writing to me", reply.TextBody);
                Assert.DoesNotContain("{", reply.TextBody);
                Assert.Equal(MessageStatus.Sent, message.Status);
            }
            var mary = await db.Messages.SingleAsync(m => m.FromAddress == "mary@example.org");
            Assert.False(await db.Outbox.AnyAsync(o => o.MessageId == mary.Id && o.Kind == OutboundKind.Reply));
            Assert.Contains(mary.Status, new[] { MessageStatus.Drafted, MessageStatus.NeedsTriage });
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "campaign:released" && a.EntityId == campaignId.ToString()));
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "campaign:draft-saved"));
        }
        page = await client.GetStringAsync($"/Campaigns/{campaignId}");
        Assert.Contains("<li data-result=\"Sent\"><strong>4</strong> Sent</li>", page);

        // Released twice (a double click, a re-run job): nobody gets a second reply.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CampaignRelease>().AnswerWaitingAsync(campaignId, CancellationToken.None);
        await using (var db = app.NewDb())
            Assert.Equal(4, await db.Outbox.CountAsync(o => o.Kind == OutboundKind.Reply));
    }

    private static FormUrlEncodedContent Form(string page, string draft) => new(new Dictionary<string, string>
    {
        ["DraftText"] = draft,
        ["DraftVersion"] = Html.InputValue(page, "DraftVersion"),
        ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
    });
}
