using Correspondence.Core.Data;
using Correspondence.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.IntegrationTests.Data;

[Collection(WebAppCollection.Name)]
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task PrepareDatabase_LockLeftByAProcessKilledMidMigration_IsReleasedAndMigrationCompletes()
    {
        var folder = Directory.CreateTempSubdirectory("correspondence-lock-").FullName;
        try
        {
            var file = Path.Combine(folder, "db.sqlite");
            // What a SIGKILL during the first migration leaves: EF Core's lock row, and no schema.
            await using (var connection = new SqliteConnection($"Data Source={file}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                    INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-27 10:00:00.0000000+00:00');
                    """;
                await command.ExecuteNonQueryAsync();
            }
            SqliteConnection.ClearAllPools();
            await using var app = new CorrespondenceApp(new() { ["Database:ConnectionString"] = $"Data Source={file}", ["Web:RunInboxWorker"] = "false" });

            // Starting the app migrates; before the fix it waited for the dead process's lock forever.
            await Task.Run(() => app.Services).WaitAsync(TimeSpan.FromSeconds(60));

            await using var db = app.NewDb();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
