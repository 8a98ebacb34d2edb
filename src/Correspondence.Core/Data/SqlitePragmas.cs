using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Correspondence.Core.Data;

/// <summary>
/// SQLite in WAL mode: readers never block the writer, and a commit appends to the log instead of rewriting pages.
/// synchronous stays FULL (one fsync of the log per commit): with NORMAL a power cut could undo the outbox's
/// Queued -> Sending claim after the SMTP server had the reply, and the reply would go twice (invariant 2).
/// The page cache is sized by <see cref="DatabaseOptions.SqliteCacheMegabytes"/>.
/// </summary>
internal sealed class SqlitePragmas(int cacheMegabytes) : DbConnectionInterceptor
{
    // Every pragma here belongs to the native connection, which Microsoft.Data.Sqlite pools and hands out again on the
    // next Open. EF Core opens the connection for each query, so applying them on every Open cost a statement per query
    // (about 5 ms of a dashboard request's 105 queries); each native handle is set up once instead.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Prepared = new();
    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-{cacheMegabytes * 1024};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        // EF Core opens a read-only connection to ask whether the file exists; it cannot switch the journal mode.
        if (connection is not SqliteConnection { Handle: { } handle } sqlite
            || new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly) return;
        if (Prepared.TryGetValue(handle, out _)) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        Prepared.AddOrUpdate(handle, _pragmas);
    }
}
