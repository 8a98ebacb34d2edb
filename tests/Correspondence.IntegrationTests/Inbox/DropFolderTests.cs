using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Inbox;

[Collection(WebAppCollection.Name)]
public sealed class DropFolderTests
{
    private const string Letter = """
        From: Mary Seacole <mary@example.org>
        To: office@mp.example
        Subject: Support for Ukraine
        Message-ID: <same-letter@example.org>
        Content-Type: text/plain; charset=utf-8

        Please keep supporting Ukraine against Russia. Ukraine needs arms and aid.
        """;

    // The worker is off here so each test drives one pass itself.
    private static CorrespondenceApp NewApp() => new(new() { ["Web:RunInboxWorker"] = "false" });

    [Fact]
    public async Task ReadOnce_SameFileDroppedTwice_StoredOnce()
    {
        await using var app = NewApp();
        _ = app.Services;
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "a.eml"), Letter);
        await ReadOnceAsync(app);
        // As after a crash between the commit and the move: the same file turns up again.
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "a-again.eml"), Letter);
        await ReadOnceAsync(app);

        await using var db = app.NewDb();
        Assert.Equal(1, await db.Messages.CountAsync());
        Assert.Equal(2, Directory.GetFiles(Path.Combine(app.Inbox, "processed")).Length);
        Assert.Empty(Directory.GetFiles(app.Inbox, "*.eml"));
    }

    [Fact]
    public async Task ReadOnce_FileWithoutSender_QuarantinedWithReasonAndKept()
    {
        await using var app = NewApp();
        _ = app.Services;
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "bad.eml"), "Subject: no sender\r\n\r\nhello");
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "good.eml"), Letter);
        await ReadOnceAsync(app);

        await using var db = app.NewDb();
        var bad = await db.Messages.SingleAsync(m => m.Subject == "no sender");
        Assert.Equal(MessageStatus.Quarantined, bad.Status);
        Assert.Contains("sender", bad.StatusReason);
        var failed = Path.Combine(app.Inbox, "failed");
        Assert.True(File.Exists(Path.Combine(failed, "bad.eml")));
        Assert.Contains("no valid sender", await File.ReadAllTextAsync(Path.Combine(failed, "bad.eml.reason.txt")));
        // Bad mail does not block good mail behind it.
        Assert.True(File.Exists(Path.Combine(app.Inbox, "processed", "good.eml")));
    }

    [Fact]
    public async Task RunOnce_FollowUpWithInReplyTo_JoinsTheSameCase()
    {
        await using var app = NewApp();
        _ = app.Services;
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "1.eml"), Letter);
        await File.WriteAllTextAsync(Path.Combine(app.Inbox, "2.eml"), """
            From: Mary Seacole <mary@example.org>
            To: office@mp.example
            Subject: Something else entirely
            Message-ID: <follow-up@example.org>
            In-Reply-To: <same-letter@example.org>
            Content-Type: text/plain

            One more thing.
            """);
        await ActivatorUtilities.CreateInstance<InboxWorker>(app.Services).RunOnceAsync(CancellationToken.None);

        await using var db = app.NewDb();
        var cases = await db.Messages.Select(m => m.CaseId).Distinct().ToListAsync();
        Assert.Single(cases);
        Assert.Equal(1, await db.Constituents.CountAsync());
    }

    private static async Task ReadOnceAsync(CorrespondenceApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DropFolderReader>().ReadOnceAsync(CancellationToken.None);
    }
}
