using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Data;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations when configured to; otherwise refuses to start on an out-of-date schema.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return;
        if (!options.ApplyMigrationsOnStart)
            throw new InvalidOperationException(
                $"The database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}) and Database:ApplyMigrationsOnStart is false. " +
                "Apply the migration script (see deploy/README.md) or set it to true.");
        if (options.Provider == DatabaseProvider.Sqlite)
            await ReleaseStaleSqliteMigrationLockAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), log, ct);
        log.LogInformation("Applying {Count} pending migration(s) on {Provider}", pending.Count, options.Provider);
        await db.Database.MigrateAsync(ct);
    }

    private static readonly TimeSpan StaleLock = TimeSpan.FromMinutes(1);

    /// <summary>
    /// EF Core's SQLite migration lock is a row in __EFMigrationsLock, deleted when migrating ends. A process killed
    /// mid-migration leaves it behind and every later start waits for it forever (seen here). Migrating a SQLite file
    /// takes well under a second, so a lock older than a minute belongs to a dead process and is removed.
    /// </summary>
    private static async Task ReleaseStaleSqliteMigrationLockAsync(CorrespondenceDbContext db, DateTimeOffset now, ILogger log, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0) return;
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\"";
            var stamps = new List<string>();
            await using (var reader = await read.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) stamps.Add(reader.GetValue(0)?.ToString() ?? "");
            var stale = stamps.Count > 0 && stamps.All(s =>
                !DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
                || now - at > StaleLock);
            if (!stale) return;
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            await delete.ExecuteNonQueryAsync(ct);
            log.LogWarning("Removed a stale SQLite migration lock ({Stamp}) left by a process that died while migrating", string.Join(", ", stamps));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
