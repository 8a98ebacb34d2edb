using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Correspondence.Core.Data;

/// <summary>
/// SQLite in WAL mode: readers never block the writer, and a commit appends to the log instead of rewriting pages.
/// synchronous stays FULL (one fsync of the log per commit): with NORMAL a power cut could undo the outbox's
/// Queued -> Sending claim after the SMTP server had the reply, and the reply would go twice (invariant 2).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        // EF Core opens a read-only connection to ask whether the file exists; it cannot switch the journal mode.
        if (new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly) return;
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
    }
}
