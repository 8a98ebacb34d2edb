using System.Diagnostics;
using Correspondence.Core;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Inbox;
using Correspondence.Core.Triage;
using MailKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Correspondence.Benchmarks;

/// <summary>
/// The product's ingest path, built as the Worker host builds it, on a fresh SQLite file: connect, SyncAsync (fetched,
/// parsed, stored), then the InboxWorker's ProcessPendingAsync until nothing is left in Received or Triaged.
/// </summary>
public static class WholePath
{
    public sealed record Run(double IngestSeconds, double TotalSeconds, int Stored, Dictionary<string, int> Statuses,
        Dictionary<string, DbProbe.Totals> Db, string Sqlite, Gc Gc);

    /// <summary>Garbage collection during the timed part: pauses, collections per generation, the largest managed heap seen.</summary>
    public sealed record Gc(double PauseSeconds, int Gen0, int Gen1, int Gen2, long PeakHeapBytes);

    public static async Task<Run> RunAsync(Server server, string templates, CancellationToken ct = default)
    {
        var file = Path.Combine(Path.GetTempPath(), $"correspondence-bench-{Guid.NewGuid():N}.db");
        using var probe = new DbProbe();
        try
        {
            using var host = BuildHost(server, templates, file, probe);
            await host.Services.PrepareDatabaseAsync(ct);
            await host.StartAsync(ct); // validates every option, as the Worker's start does; the worker itself is off
            var mailbox = host.Services.GetRequiredService<IOptions<InboxOptions>>().Value.Mailboxes[0];
            var tokens = host.Services.GetRequiredService<IOAuth2TokenProvider>();
            var worker = host.Services.GetRequiredService<InboxWorker>();
            probe.Reset();
            GC.Collect();
            var (pauses, gen0, gen1, gen2, peakHeap) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), 0L);
            using var sampler = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false)), null, 0, 10);

            // What ImapMailboxSession does per mailbox: connect, open, sync, then process what is pending.
            var clock = Stopwatch.StartNew();
            probe.Stage = "ingest";
            using var client = await MailConnections.ConnectImapAsync(mailbox, tokens, ct);
            var folder = await client.GetFolderAsync(mailbox.Folder, ct);
            await folder.OpenAsync(FolderAccess.ReadWrite, ct);
            IReadOnlyList<long> stored;
            await using (var scope = host.Services.CreateAsyncScope())
                stored = await scope.ServiceProvider.GetRequiredService<ImapMailboxReader>().SyncAsync(folder, mailbox, ct);
            var ingest = clock.Elapsed;

            probe.Stage = "process";
            for (var pass = 0; pass < 20 && await PendingAsync(host.Services, ct) > 0; pass++)
                await worker.ProcessPendingAsync(ct);
            var total = clock.Elapsed;
            sampler.Dispose();
            var gc = new Gc((GC.GetTotalPauseDuration() - pauses).TotalSeconds, GC.CollectionCount(0) - gen0,
                GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, peakHeap);
            probe.Stage = "after";
            await client.DisconnectAsync(true, ct);

            var statuses = await StatusesAsync(host.Services, ct);
            var sqlite = await SqliteSettingsAsync(host.Services, ct);
            await host.StopAsync(ct);
            return new Run(ingest.TotalSeconds, total.TotalSeconds, stored.Count, statuses,
                new() { ["ingest"] = probe["ingest"], ["process"] = probe["process"] }, sqlite, gc);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                File.Delete(file + suffix);
        }
    }

    /// <summary>CPU cost of triage (classify + match) and drafting (compose) alone, on letters as stored, no database.</summary>
    public static (double TriageSeconds, double DraftSeconds, int Drafted) MeasureTriageAndDrafting(
        Server server, string templates, IReadOnlyList<byte[]> raw)
    {
        using var probe = new DbProbe();
        using var host = BuildHost(server, templates, Path.Combine(Path.GetTempPath(), "unused.db"), probe);
        var classifier = host.Services.GetRequiredService<ITopicClassifier>();
        var matcher = host.Services.GetRequiredService<PolicyMatcher>();
        var composer = host.Services.GetRequiredService<ReplyComposer>();
        var triage = host.Services.GetRequiredService<IOptions<TriageOptions>>().Value;
        var now = DateTime.UtcNow;
        var letters = raw.Select(r => MailParser.Parse(new MemoryStream(r), now)).Where(m => m.QuarantineReason is null && !m.IsAutomated).ToList();

        var clock = Stopwatch.StartNew();
        var sections = letters.Select(m => classifier.Classify(m.Subject, m.TextBody).Assigned
            .Select(s => new ReplyComposer.TopicSection(s.TopicId,
                matcher.MatchParagraphs(s.TopicId, m.Subject, m.TextBody, triage.MaxParagraphsPerTopic).Select(p => p.Paragraph.Id).ToList()))
            .ToList()).ToList();
        var triageTime = clock.Elapsed;

        clock.Restart();
        var drafted = 0;
        foreach (var (mail, topics) in letters.Zip(sections).Where(x => x.Second.Count > 0))
        {
            composer.Compose(mail.Subject, mail.FromName, "C-000001", topics);
            drafted++;
        }
        return (triageTime.TotalSeconds, clock.Elapsed.TotalSeconds, drafted);
    }

    /// <summary>As the Worker's Program.cs: Host.CreateApplicationBuilder, AddCorrespondenceCore, the inbox worker (not started).</summary>
    private static IHost BuildHost(Server server, string templates, string file, DbProbe probe)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Logging as in src/Correspondence.Web/appsettings.json (the Worker's settings file), on stderr.
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={file}",
            ["Database:ApplyMigrationsOnStart"] = "true",
            ["Inbox:Source"] = "Imap",
            ["Inbox:Mailboxes:0:Name"] = "bench",
            ["Inbox:Mailboxes:0:Host"] = server.Host,
            ["Inbox:Mailboxes:0:Port"] = server.Port.ToString(),
            ["Inbox:Mailboxes:0:Security"] = "None",
            ["Inbox:Mailboxes:0:Username"] = server.User,
            ["Inbox:Mailboxes:0:Password"] = server.Password,
            ["Inbox:Mailboxes:0:Folder"] = "INBOX",
            ["Paths:Templates"] = templates,
            // One trained topic model for every run, trained (untimed) before the first; see WarmUp.
            ["Triage:ModelFolder"] = Path.Combine(Path.GetTempPath(), "correspondence-bench-models"),
            ["Office:MpName"] = "Alex Example MP",
            ["Office:Constituency"] = "Exampleton North",
            ["Office:OfficeAddress"] = "House of Commons, London SW1A 0AA",
            ["Office:FromName"] = "Office of Alex Example MP",
            ["Office:FromAddress"] = "office@mp.example",
            ["Office:Signature"] = "Alex Example MP\nMember of Parliament for Exampleton North",
        });
        builder.Services.AddCorrespondenceCore();
        builder.Services.AddCorrespondenceInboxWorker(_ => false); // driven by hand below, not as a hosted service
        builder.Services.ConfigureDbContext<CorrespondenceDbContext>(o => o.AddInterceptors(probe));
        var host = builder.Build();
        // Load (or, the first time, train) the topic model now, so training is never inside a timed run.
        _ = host.Services.GetRequiredService<Correspondence.Core.Triage.Learning.TopicModelStore>().Current;
        return host;
    }

    private static async Task<int> PendingAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>().Messages
            .CountAsync(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Triaged, ct);
    }

    private static async Task<Dictionary<string, int>> StatusesAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var counts = await scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>().Messages
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.OrderBy(c => c.Key).ToDictionary(c => c.Key.ToString(), c => c.Count);
    }

    /// <summary>The SQLite settings the product's connections run with (they decide what a commit costs).</summary>
    private static async Task<string> SqliteSettingsAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>().Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        var values = new List<string>();
        foreach (var pragma in new[] { "journal_mode", "synchronous" })
        {
            command.CommandText = $"PRAGMA {pragma}";
            values.Add($"{pragma}={await command.ExecuteScalarAsync(ct)}");
        }
        return string.Join(", ", values);
    }
}
