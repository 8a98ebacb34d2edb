using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Backlog;

/// <summary>
/// Fills a database with realistic synthetic correspondence for demos and load measurements: messages spread over
/// the given days (fewer at weekends), replies that take days to weeks (each caseworker at their own pace), a tail
/// left open past the target, and drafts, approvals and outbox rows consistent with each message's status.
/// The same seed and end time give the same rows.
/// </summary>
public sealed class BacklogSeeder(CorrespondenceDbContext db)
{
    public sealed record Settings(int Messages, int Seed, DateTime UntilUtc, int Days, IReadOnlyList<string> Topics,
        IReadOnlyList<string> Caseworkers, int BatchSize = 10_000);

    public const string Mailbox = "seed";

    /// <summary>Writes the rows in batches, one transaction each; <paramref name="progress"/> gets the messages written so far.</summary>
    public async Task<int> SeedAsync(Settings settings, Action<int>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Messages, 1);
        if (settings.Topics.Count == 0 || settings.Caseworkers.Count == 0)
            throw new ArgumentException("Seeding needs at least one topic and one caseworker.", nameof(settings));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var constituents = new BulkInsert<Constituent>(db);
        var cases = new BulkInsert<Case>(db);
        var messages = new BulkInsert<InboundMessage>(db);
        var topics = new BulkInsert<TopicAssignment>(db);
        var drafts = new BulkInsert<Draft>(db);
        var approvals = new BulkInsert<Approval>(db);
        var outbox = new BulkInsert<OutboundReply>(db);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Synthetic rows, rewritten by a rerun: a big page cache keeps the indexes in memory while they grow, and a
            // batch need not wait for the disk twice. Only this connection is affected: it is not pooled afterwards.
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-262144; PRAGMA synchronous=NORMAL;", ct);
            var generator = new SeedGenerator(settings, new SeedGenerator.Ids(
                await constituents.MaxIdAsync(ct), await cases.MaxIdAsync(ct), await messages.MaxIdAsync(ct),
                await topics.MaxIdAsync(ct), await drafts.MaxIdAsync(ct), await approvals.MaxIdAsync(ct), await outbox.MaxIdAsync(ct),
                await UidStartAsync(ct)));
            var written = 0;
            while (written < settings.Messages)
            {
                var batch = generator.Next(Math.Min(settings.BatchSize, settings.Messages - written));
                await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(ct);
                await constituents.WriteAsync(batch.Constituents, transaction, ct);
                await cases.WriteAsync(batch.Cases, transaction, ct);
                await messages.WriteAsync(batch.Messages, transaction, ct);
                await topics.WriteAsync(batch.Topics, transaction, ct);
                await drafts.WriteAsync(batch.Drafts, transaction, ct);
                await approvals.WriteAsync(batch.Approvals, transaction, ct);
                await outbox.WriteAsync(batch.Outbox, transaction, ct);
                await transaction.CommitAsync(ct);
                written += batch.Messages.Count;
                progress?.Invoke(written);
            }
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("ANALYZE", ct); // fresh statistics so the planner picks the covering indexes
            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            // This native connection ran with synchronous=NORMAL and a 256 MiB cache. The app's pragmas are applied once
            // per native connection (ADR 0011 revision 3), so it must not go back to the pool: a send job handed it
            // would commit its claim without FULL's fsync (invariant 2). Clearing the pool closes it.
            if (db.Database.GetDbConnection() is SqliteConnection sqlite) SqliteConnection.ClearPool(sqlite);
        }
    }

    private async Task<long> UidStartAsync(CancellationToken ct) =>
        await db.Messages.Where(m => m.Mailbox == Mailbox).MaxAsync(m => (long?)m.Uid, ct) ?? 0;
}
