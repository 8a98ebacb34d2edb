using Correspondence.Core.Backlog;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.IntegrationTests.Backlog;

/// <summary>The queue's tab counts on a seeded SQLite file: open statuses exact, Sent and Closed capped.</summary>
public sealed class StatusCountsTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("correspondence-counts-").FullName;
    private CorrespondenceDbContext _db = null!;

    public async Task InitializeAsync()
    {
        var options = DatabaseServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<CorrespondenceDbContext>(),
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, "db.sqlite")}" });
        _db = new CorrespondenceDbContext((DbContextOptions<CorrespondenceDbContext>)options.Options);
        await _db.Database.MigrateAsync();
        // Mostly Sent, as a real office's archive is: well past the cap.
        await new BacklogSeeder(_db).SeedAsync(new BacklogSeeder.Settings(3000, 7, new DateTime(2026, 11, 28, 3, 0, 0, DateTimeKind.Utc), 60,
            ["ukraine", "gaza", "defence"], ["a@seed.example.org", "b@seed.example.org"]), null, default);
        _db.ChangeTracker.Clear();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Count_SeededArchive_OpenExactHistoryCappedUnderFilters()
    {
        foreach (var topic in new string?[] { null, "ukraine" })
        {
            var messages = _db.Messages.AsNoTracking();
            if (topic is not null) messages = messages.Where(m => m.Topics.Any(t => t.TopicId == topic));
            var exact = await messages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
            Assert.True(exact.GetValueOrDefault(MessageStatus.Sent) > StatusCounts.HistoryCap, "the seeded archive must exceed the cap");

            var counts = await StatusCounts.CountAsync(messages, default);

            foreach (var status in BacklogReport.OpenStatuses)
                Assert.Equal(exact.GetValueOrDefault(status), counts.GetValueOrDefault(status));
            foreach (var status in StatusCounts.History)
                Assert.Equal(Math.Min(exact.GetValueOrDefault(status), StatusCounts.HistoryCap), counts[status]);
            Assert.Equal("1,000+", StatusCounts.Label(MessageStatus.Sent, counts[MessageStatus.Sent]));
        }
        Assert.Equal("1,000", StatusCounts.Label(MessageStatus.Drafted, 1000));
        Assert.Equal("999", StatusCounts.Label(MessageStatus.Closed, 999));
    }
}
