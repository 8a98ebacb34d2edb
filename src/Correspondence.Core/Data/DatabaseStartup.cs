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
        log.LogInformation("Applying {Count} pending migration(s) on {Provider}", pending.Count, options.Provider);
        await db.Database.MigrateAsync(ct);
    }
}
