using System.Net;
using Correspondence.Core.Access;
using Correspondence.Core.Cases;
using Correspondence.Core.DataProtection;
using Correspondence.Core.Inbox;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Constituency;

/// <summary>Who wrote: family addresses stay apart, a second address is a merge a Manager confirms, and history follows the merge.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ConstituentMatchingTests
{
    private static string Letter(string from, string id, string subject, string postcode) => $"""
        From: {from}
        To: office@mp.example
        Subject: {subject}
        Message-ID: <{id}@example.org>
        Content-Type: text/plain; charset=utf-8

        Please keep supporting Ukraine against Russia. Ukraine needs arms, aid and training. {id}

        1 High Street, {postcode}
        """.ReplaceLineEndings("\r\n");

    private static async Task IngestAsync(CorrespondenceApp app, params (string From, string Id, string Subject)[] letters)
    {
        foreach (var (from, id, subject) in letters)
            await File.WriteAllTextAsync(Path.Combine(app.Inbox, $"{id}.eml"), Letter(from, id, subject, "EX1 3QP"));
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);
    }

    private static async Task<long> PersonOf(CorrespondenceApp app, string messageId)
    {
        await using var db = app.NewDb();
        return await db.Messages.Where(m => m.MessageIdHeader == messageId + "@example.org").Select(m => m.Case!.ConstituentId).SingleAsync();
    }

    [Fact]
    public async Task SharedAddress_SecondAddress_Merge_History_ExportAndErasure()
    {
        await using var app = new CorrespondenceApp(new Dictionary<string, string?>
        {
            ["Web:RunInboxWorker"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Constituency:PostcodeFile"] = "samples/constituency/exampleton-north.txt",
        });
        // A couple share one address and write about the same thing in one batch: two people, two cases.
        await IngestAsync(app, ("John Smith <smiths@example.org>", "john1", "Ukraine"), ("Jane Smith <smiths@example.org>", "jane1", "Ukraine"));
        var john = await PersonOf(app, "john1");
        var jane = await PersonOf(app, "jane1");
        Assert.NotEqual(john, jane);

        // The same address in other case with the name in another form: the same person. A work address: a new record.
        await IngestAsync(app, ("\"SMITH, John\" <Smiths@Example.org>", "john2", "Bus route 42"), ("John Smith <john.smith@work.example>", "john3", "Potholes"));
        Assert.Equal(john, await PersonOf(app, "john2"));
        var work = await PersonOf(app, "john3");
        Assert.NotEqual(john, work);

        var manager = await app.SignedInClientAsync();
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync($"/Constituents/{john}"));
        Assert.Contains("john.smith@work.example", page); // suggested: same name, same postcode, another address
        Assert.Contains("Jane Smith", page);            // suggested for a person to judge: same address, another name
        Assert.Contains("Bus route 42", page);

        // A caseworker cannot merge.
        await app.CreateUserAsync("caseworker@test.local", "Case-Worker-Password-1", Roles.Caseworker);
        var caseworker = await app.SignInAsync("caseworker@test.local", "Case-Worker-Password-1");
        var token = Html.AntiforgeryToken(await caseworker.GetStringAsync("/Constituents/NonConstituents"));
        var refused = await caseworker.PostAsync($"/Constituents/{john}?handler=Merge",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["other"] = work.ToString(), ["__RequestVerificationToken"] = token }));
        Assert.False(refused.IsSuccessStatusCode);
        Assert.NotEqual(john, await PersonOf(app, "john3"));

        var merged = await manager.PostAsync($"/Constituents/{john}?handler=Merge",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["other"] = work.ToString(), ["__RequestVerificationToken"] = Html.AntiforgeryToken(page) }));
        Assert.Contains("Merged record", WebUtility.HtmlDecode(await merged.Content.ReadAsStringAsync()));
        Assert.Equal(john, await PersonOf(app, "john3"));
        await using (var db = app.NewDb())
        {
            Assert.False(await db.Constituents.AnyAsync(c => c.Id == work));
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "constituent-merged" && a.EntityId == john.ToString()));
        }
        var history = WebUtility.HtmlDecode(await manager.GetStringAsync($"/Constituents/{john}"));
        foreach (var subject in new[] { "Ukraine", "Bus route 42", "Potholes" }) Assert.Contains(subject, history);

        // The work address now finds the merged record: a new letter from it joins John, not a fresh record.
        await IngestAsync(app, ("John Smith <john.smith@work.example>", "john4", "Library hours"));
        Assert.Equal(john, await PersonOf(app, "john4"));

        await using var scope = app.Services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<SubjectExporter>();
        Assert.Equal(new[] { john, jane }.Order(), await exporter.FindAllByEmailAsync("smiths@example.org", CancellationToken.None));
        Assert.Equal([john], await exporter.FindAllByEmailAsync("JOHN.SMITH@work.example", CancellationToken.None));
        var data = (await SubjectData.LoadAsync(scope.ServiceProvider.GetRequiredService<Correspondence.Core.Data.CorrespondenceDbContext>(), john, CancellationToken.None))!;
        Assert.Equal(["john1", "john2", "john3", "john4"], data.Messages.Select(m => m.MessageIdHeader!.Split('@')[0]).Order());
        Assert.Contains(data.Audit, a => a.Action == "constituent-merged");

        var erased = await scope.ServiceProvider.GetRequiredService<SubjectEraser>().EraseAsync(john, "manager@test.local", null, CancellationToken.None);
        Assert.True(erased.Erased, erased.Message);
        await using (var db = app.NewDb())
        {
            Assert.Equal(["jane1@example.org"], await db.Messages.Select(m => m.MessageIdHeader!).ToListAsync());
            Assert.Equal([jane], await db.Constituents.Select(c => c.Id).ToListAsync());
        }
    }
}
