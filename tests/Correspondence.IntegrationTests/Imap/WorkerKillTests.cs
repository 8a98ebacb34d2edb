using System.Diagnostics;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Correspondence.IntegrationTests.Imap;

/// <summary>
/// Invariant 1 against crashes: the worker process is SIGKILLed (a real kill of a separate process, not a cancellation)
/// at random points during a 2,000-message ingest, 10 times, restarted each time; every message is stored exactly once.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class WorkerKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Total = 2000;
    private const int Kills = 10;
    // Small batches, so kills land both between batch transactions and inside them (FETCH, parse, store, commit).
    private const int BatchSize = 50;
    private const int MaxPerRun = 2 * BatchSize;
    // Fixed seed: the same kill schedule on every run, so a failure can be reproduced.
    private const int Seed = 20261128;

    private readonly string _root = Directory.CreateTempSubdirectory("correspondence-worker-kill-").FullName;
    private DovecotServer? _dovecot;
    private WorkerProcess? _worker;

    private string DatabasePath => Path.Combine(_root, "db.sqlite");
    private string LogPath => Path.Combine(_root, "worker.log");

    [Fact]
    public async Task Worker_KilledTenTimesDuringIngest_EveryMessageStoredExactlyOnce()
    {
        var total = Stopwatch.StartNew();
        try
        {
            _dovecot = await DovecotServer.StartAsync();
            await _dovecot.AppendAsync(TestMail.Letters(0, Total));
            var settings = WorkerSettings(_dovecot);
            var random = new Random(Seed);
            var kills = new List<KillRecord>();

            for (var run = 1; run <= Kills; run++)
            {
                // Odd runs are killed a random moment after they have committed a new batch: inside or between the batches
                // that follow (fetch, parse, store transaction, commit). Even runs are killed a random 200-1500 ms after the
                // process started (start-up, the database check, connecting). Run 1 always waits for a commit: that proves
                // the database was migrated, and a kill during EF Core's first-start migration is a different failure.
                var plan = run % 2 == 1
                    ? new KillPlan(AfterCommit: true, TimeSpan.FromMilliseconds(random.Next(0, 400)))
                    : new KillPlan(AfterCommit: false, TimeSpan.FromMilliseconds(random.Next(200, 1500)));
                var before = await CountAsync("SELECT COUNT(*) FROM Messages");
                _worker = WorkerProcess.Start(settings, _root, LogPath, $"run {run}");
                var (killedAt, committedAt) = await KillWhenDueAsync(_worker, before, plan);
                await _worker.DisposeAsync();
                _worker = null;

                var atKill = await CountAsync("SELECT COUNT(*) FROM Messages");
                kills.Add(new KillRecord(run, plan, before, atKill, committedAt, killedAt));
                output.WriteLine($"kill {run,2}: {before,4} -> {atKill,4} stored, killed {killedAt.TotalMilliseconds,5:0} ms after start " +
                                 (plan.AfterCommit ? $"({plan.Delay.TotalMilliseconds:0} ms after its first commit at {committedAt?.TotalMilliseconds:0} ms)" : "(a random moment after start)") +
                                 (atKill == Total ? " (ingest already complete)" : ""));
                Assert.True(atKill >= before, $"the stored count went down from {before} to {atKill} across a kill");
            }

            // One last, undisturbed run: it must finish the ingest and move every stored message on.
            _worker = WorkerProcess.Start(settings, _root, LogPath, "final run");
            var final = Stopwatch.StartNew();
            await Eventually.GetAsync(() => WhileRunningAsync(_worker, "SELECT COUNT(*) FROM Messages", Total),
                $"all {Total} messages stored after the kills (worker log: see test output)", seconds: 90);
            var ingested = final.Elapsed;
            await Eventually.GetAsync(() => WhileRunningAsync(_worker,
                    $"SELECT COUNT(*) FROM Messages WHERE Status IN ({(int)MessageStatus.Received}, {(int)MessageStatus.Triaged})", 0),
                "every stored message triaged (none left Received or Triaged)", seconds: 90);
            var triaged = final.Elapsed;
            await _worker.StopAsync(TimeSpan.FromSeconds(10));
            output.WriteLine($"final run: all {Total} stored after {ingested.TotalSeconds:0.0} s, all triaged after {triaged.TotalSeconds:0.0} s; " +
                             $"stopped with SIGTERM, exit code {_worker.ExitCode}");
            await _worker.DisposeAsync();
            _worker = null;

            await using var db = NewDb();
            var stored = await db.Messages.Select(m => new { m.Uid, m.UidValidity, m.MessageIdHeader, m.Status }).ToListAsync();
            Assert.Equal(Total, stored.Count);
            Assert.Equal(Total, stored.Select(m => m.MessageIdHeader).Distinct().Count());
            Assert.Equal(Total, stored.Select(m => m.Uid).Distinct().Count());
            Assert.Single(stored.Select(m => m.UidValidity).Distinct());
            // Exactly the letters in the mailbox: none lost, none invented.
            Assert.Equal(Enumerable.Range(0, Total).Select(i => TestMail.MessageId(i)).Order(StringComparer.Ordinal),
                stored.Select(m => m.MessageIdHeader!).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(stored, m => m.Status is MessageStatus.Received or MessageStatus.Triaged);
            var checkpoint = await db.MailboxCheckpoints.SingleAsync();
            Assert.Equal(Total, checkpoint.HighestUid);

            // The test only proves something if most kills interrupted the ingest rather than an idle worker.
            var midIngest = kills.Count(k => k.AtKill is > 0 and < Total);
            var duringBatches = kills.Count(k => k.CommittedAt is not null && k.AtKill < Total);
            output.WriteLine($"{midIngest} of {Kills} kills landed mid-ingest ({duringBatches} while the killed run was storing batches); " +
                             $"whole test {total.Elapsed.TotalSeconds:0.0} s");
            Assert.True(midIngest >= 5, $"only {midIngest} of {Kills} kills landed mid-ingest (counts at kills: {string.Join(", ", kills.Select(k => k.AtKill))})");
        }
        catch
        {
            output.WriteLine($"--- worker log ({LogPath}) ---");
            output.WriteLine(WorkerProcess.ReadLog(LogPath));
            if (_dovecot is not null)
                output.WriteLine(_dovecot.Diagnostics());
            throw;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        try
        {
            if (_worker is not null) await _worker.DisposeAsync();
        }
        finally
        {
            _worker = null;
            if (_dovecot is not null) await _dovecot.DisposeAsync();
            _dovecot = null;
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_root, recursive: true); }
            catch (IOException) { /* only litter in the temp folder */ }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The worker's settings, passed as environment variables (Section__Key) over its appsettings.json.</summary>
    private Dictionary<string, string?> WorkerSettings(DovecotServer dovecot) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:ConnectionString"] = $"Data Source={DatabasePath}",
        ["Inbox:Source"] = "Imap",
        ["Inbox:Mailboxes:0:Host"] = dovecot.Host,
        ["Inbox:Mailboxes:0:Port"] = dovecot.Port.ToString(),
        ["Inbox:Mailboxes:0:Security"] = "None",
        ["Inbox:Mailboxes:0:Username"] = dovecot.User,
        ["Inbox:Mailboxes:0:Password"] = dovecot.Password,
        ["Inbox:Mailboxes:0:BatchSize"] = BatchSize.ToString(),
        ["Inbox:PollSeconds"] = "1",
        ["Logging:LogLevel:Default"] = "Information",
        // Timestamps in the worker log, to line it up with the kills when a run fails.
        ["Logging:Console:TimestampFormat"] = "HH:mm:ss.fff ",
        // Whatever the worker might write goes to the temp folder, never into the clone.
        ["Inbox:DropFolder"] = Path.Combine(_root, "inbox"),
        ["Sending:OutboxFolder"] = Path.Combine(_root, "outbox"),
        // The same trained topic model as the in-process tests, so the worker does not train its own.
        ["Triage:ModelFolder"] = CorrespondenceApp.SharedModelFolder,
    };

    /// <summary>An Eventually probe: true once the query gives <paramref name="expected"/>; fails at once if the worker has died.</summary>
    private async Task<bool?> WhileRunningAsync(WorkerProcess worker, string sql, int expected)
    {
        var value = await CountAsync(sql);
        if (value == expected) return true;
        if (worker.HasExited)
            throw new InvalidOperationException($"the worker (pid {worker.Id}) exited by itself with code {await worker.WaitForExitAsync(TimeSpan.FromSeconds(5))} " +
                                                $"while waiting for {expected} from {sql} (got {value})");
        return null;
    }

    /// <summary>When to SIGKILL a run: <see cref="Delay"/> after its first new commit, or <see cref="Delay"/> after the process started.</summary>
    private sealed record KillPlan(bool AfterCommit, TimeSpan Delay);

    private sealed record KillRecord(int Run, KillPlan Plan, int Before, int AtKill, TimeSpan? CommittedAt, TimeSpan KilledAt);

    /// <summary>
    /// Polls the database while the worker runs and SIGKILLs it when the plan says so, or as soon as it has stored
    /// <see cref="MaxPerRun"/> new messages (so that on a fast machine, too, ten runs cannot finish the ingest).
    /// Returns the worker's uptime at the kill and when its first new commit was seen.
    /// </summary>
    private async Task<(TimeSpan KilledAt, TimeSpan? CommittedAt)> KillWhenDueAsync(WorkerProcess worker, int before, KillPlan plan)
    {
        TimeSpan? committedAt = null;
        while (true)
        {
            var now = await CountAsync("SELECT COUNT(*) FROM Messages");
            if (committedAt is null && now > before) committedAt = worker.Uptime;
            var due = plan.AfterCommit
                ? committedAt is { } c && worker.Uptime >= c + plan.Delay
                : worker.Uptime >= plan.Delay;
            if (due || now >= before + MaxPerRun || now == Total) break;
            if (worker.HasExited)
                throw new InvalidOperationException($"the worker (pid {worker.Id}) exited by itself with code {await worker.WaitForExitAsync(TimeSpan.FromSeconds(5))} ({now} messages stored)");
            if (worker.Uptime > TimeSpan.FromSeconds(30))
                throw new TimeoutException($"the worker was not due for its kill within 30 s of starting ({before} -> {now} messages)");
            await Task.Delay(15);
        }
        var killedAt = worker.Uptime;
        await worker.KillAsync();
        return (killedAt, committedAt);
    }

    /// <summary>
    /// A single number from the worker's SQLite file, on a fresh, unpooled connection that never creates the file
    /// (so the worker, not the test, creates and migrates it); 0 until the worker has created the Messages table.
    /// </summary>
    private async Task<int> CountAsync(string sql)
    {
        if (!File.Exists(DatabasePath)) return 0;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 10,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync());
        }
        catch (SqliteException e) when (e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return 0;
        }
    }

    private CorrespondenceDbContext NewDb()
    {
        var options = new DbContextOptionsBuilder<CorrespondenceDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString(),
        });
        return new CorrespondenceDbContext(options.Options);
    }
}
