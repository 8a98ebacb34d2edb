using Correspondence.Core.Access;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Correspondence.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.IntegrationTests.Cli;

[Collection(WebAppCollection.Name)]
public sealed class SeedCommandTests
{
    private static readonly string[] Args = ["seed", "--messages", "3000", "--seed", "5", "--until", "2026-11-27T12:00:00Z", "--caseworkers", "3", "--days", "365"];

    [Fact]
    public async Task Seed_SameSeedTwice_SameRows_ConsistentWithTheirStatus()
    {
        var folder = Directory.CreateTempSubdirectory("correspondence-seed-").FullName;
        try
        {
            var first = await SeedAsync(Path.Combine(folder, "a.sqlite"));
            var second = await SeedAsync(Path.Combine(folder, "b.sqlite"));

            await using var db = Open(Path.Combine(folder, "a.sqlite"));
            var messages = await db.Messages.AsNoTracking().Select(m => new { m.Id, m.Status, m.ReceivedAt, Topics = m.Topics.Count, Drafts = m.Drafts.Count }).ToListAsync();
            Assert.Equal(3000, messages.Count);
            Assert.Equal(first, second); // deterministic
            var until = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
            Assert.All(messages, m => Assert.InRange(m.ReceivedAt, until.AddDays(-365), until));

            // A realistic spread: mostly answered, some open, a few in every side state.
            var byStatus = messages.GroupBy(m => m.Status).ToDictionary(g => g.Key, g => g.Count());
            Assert.InRange(byStatus[MessageStatus.Sent], 2200, 2900);
            Assert.True(byStatus.GetValueOrDefault(MessageStatus.Closed) > 50);
            Assert.True(byStatus.GetValueOrDefault(MessageStatus.Drafted) > 0);
            Assert.True(byStatus.Count >= 6, string.Join(", ", byStatus));

            // Rows agree with status: a reply sent has a draft, an approval by a seeded caseworker and a Sent outbox row.
            var outbox = await db.Outbox.AsNoTracking().ToDictionaryAsync(o => o.MessageId);
            var approvals = await db.Approvals.AsNoTracking().ToDictionaryAsync(a => a.DraftId);
            var caseworkers = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .Where(x => x.Name == Roles.Caseworker).Join(db.Users, x => x.UserId, u => u.Id, (_, u) => u.Email!).ToListAsync();
            Assert.Equal(3, caseworkers.Count);
            foreach (var m in messages)
            {
                var sent = m.Status is MessageStatus.Sent or MessageStatus.Bounced;
                Assert.Equal(sent || m.Status is MessageStatus.Approved or MessageStatus.SendFailed or MessageStatus.PossiblySent, outbox.ContainsKey(m.Id));
                if (m.Status is MessageStatus.NeedsTriage or MessageStatus.Received) Assert.Equal(0, m.Topics);
                if (m.Status is MessageStatus.Drafted or MessageStatus.Sent) Assert.Equal(1, m.Drafts);
                if (!outbox.TryGetValue(m.Id, out var reply)) continue;
                Assert.Contains(reply.ApprovedBy, caseworkers);
                Assert.Equal(m.ReceivedAt, reply.LetterReceivedAt); // the dashboard's copy, written by the seed itself
                Assert.Equal(reply.ApprovedBy, approvals[reply.DraftId!.Value].ApprovedBy);
                Assert.Equal(sent, reply.SentAt is not null);
                if (m.Status == MessageStatus.Sent) Assert.Equal(OutboxStatus.Sent, reply.Status);
                if (reply.SentAt is { } at) Assert.True(at > m.ReceivedAt && at <= until.AddMinutes(1));
            }
            Assert.Single(await db.AuditRecords.Where(a => a.Action == "seeded").ToListAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Seed_NoMessages_RefusedWithReason()
    {
        var folder = Directory.CreateTempSubdirectory("correspondence-seed-").FullName;
        try
        {
            var result = await CliProcess.RunAsync(Settings(Path.Combine(folder, "db.sqlite")), null, "seed", "--messages", "0");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--messages and --days must be at least 1", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> SeedAsync(string file)
    {
        var result = await CliProcess.RunAsync(Settings(file), null, Args);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("Seeded 3,000 messages", result.Output);
        await using var db = Open(file);
        var rows = await db.Messages.OrderBy(m => m.Id).Select(m => $"{m.Status} {m.ReceivedAt:O} {m.Subject}").ToListAsync();
        return string.Join('\n', rows);
    }

    private static Dictionary<string, string?> Settings(string file) => new() { ["Database:ConnectionString"] = $"Data Source={file}" };

    private static CorrespondenceDbContext Open(string file) => new((DbContextOptions<CorrespondenceDbContext>)
        DatabaseServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<CorrespondenceDbContext>(),
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }).Options);
}
