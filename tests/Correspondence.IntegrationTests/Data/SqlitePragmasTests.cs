using Correspondence.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.IntegrationTests.Data;

/// <summary>The pragmas every SQLite connection gets, on a real file, through the pooled connections EF Core reopens.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("correspondence-pragmas-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EveryOpen_HasWalFullSyncAndTheConfiguredPageCache()
    {
        var options = DatabaseServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<CorrespondenceDbContext>(),
            new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "db.sqlite")}", SqliteCacheMegabytes = 48 });

        // Three contexts in turn: the second and third get the first one's native connection back from the pool, where
        // the pragmas are not run again; they must still be in force there.
        for (var i = 0; i < 3; i++)
        {
            await using var db = new CorrespondenceDbContext((DbContextOptions<CorrespondenceDbContext>)options.Options);
            if (i == 0) await db.Database.MigrateAsync();
            await db.Database.OpenConnectionAsync();
            Assert.Equal("wal", await Scalar(db, "PRAGMA journal_mode"));
            Assert.Equal("2", await Scalar(db, "PRAGMA synchronous")); // FULL
            Assert.Equal("-49152", await Scalar(db, "PRAGMA cache_size")); // 48 MiB, in KiB
            Assert.Equal("10000", await Scalar(db, "PRAGMA busy_timeout"));
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task AfterSeeding_TheNextConnectionIsBackToFullSync()
    {
        // The seeder runs its connection with synchronous=NORMAL. Pragmas are applied once per native connection, so
        // if that connection went back to the pool the next user (a send job) would get NORMAL: invariant 2 forbids it.
        var options = DatabaseServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<CorrespondenceDbContext>(),
            new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "seeded.sqlite")}", SqliteCacheMegabytes = 48 });
        await using (var db = new CorrespondenceDbContext((DbContextOptions<CorrespondenceDbContext>)options.Options))
        {
            await db.Database.MigrateAsync();
            var seeded = await new Core.Backlog.BacklogSeeder(db).SeedAsync(new Core.Backlog.BacklogSeeder.Settings(
                Messages: 50, Seed: 7, UntilUtc: new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc), Days: 20,
                Topics: ["gaza", "ukraine"], Caseworkers: ["alice@office"]), null, default);
            Assert.Equal(50, seeded);
        }

        await using var next = new CorrespondenceDbContext((DbContextOptions<CorrespondenceDbContext>)options.Options);
        await next.Database.OpenConnectionAsync();
        Assert.Equal("2", await Scalar(next, "PRAGMA synchronous")); // FULL
        Assert.Equal("-49152", await Scalar(next, "PRAGMA cache_size"));
    }

    [Fact]
    public void CacheSizeOutOfRange_IsRefusedWithTheSettingsName()
    {
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var options = new DatabaseOptions { SqliteCacheMegabytes = 0 };
        var ok = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true);
        Assert.False(ok);
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Database:SqliteCacheMegabytes", StringComparison.Ordinal));
    }

    private static async Task<string> Scalar(CorrespondenceDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
