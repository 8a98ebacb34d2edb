using System.Diagnostics;
using Correspondence.Core;
using Correspondence.Core.Campaigns;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Correspondence.Benchmarks;

/// <summary>
/// Runs the real <see cref="CampaignGrouper"/> over generated letters on a fresh SQLite file, in batches as the
/// processor does (stored as Drafted with their topic, then grouped and saved in one unit of work), and scores the
/// result against what was generated. Shared by the campaign benchmark and the quality tests.
/// </summary>
public static class CampaignRun
{
    public sealed record Quality(int Letters, int CampaignsFound, double Purity, double Recall, int PlantedCasework,
        int CaseworkPulledOut, int CaseworkNotGrouped, int FalsePullOuts, int IndividualsGrouped, double GroupSeconds,
        double StoreSeconds, long PeakWorkingSet)
    {
        /// <summary>Planted casework a person will read: pulled out, or never grouped (answered individually anyway).</summary>
        public double CaseworkCaught => PlantedCasework == 0 ? 1 : (CaseworkPulledOut + CaseworkNotGrouped) / (double)PlantedCasework;
        public double LettersPerSecond => Letters / GroupSeconds;
    }

    public static async Task<Quality> RunAsync(IReadOnlyList<CampaignLetters.Letter> letters, string templates, int batch = 200,
        Action<int>? progress = null, CancellationToken ct = default)
    {
        var file = Path.Combine(Path.GetTempPath(), $"correspondence-campaigns-{Guid.NewGuid():N}.db");
        try
        {
            using var host = BuildHost(templates, file);
            await host.Services.PrepareDatabaseAsync(ct);
            var truth = new Dictionary<long, CampaignLetters.Letter>();
            var (store, group) = (TimeSpan.Zero, TimeSpan.Zero);
            for (var at = 0; at < letters.Count; at += batch)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>();
                var clock = Stopwatch.StartNew();
                var messages = letters.Skip(at).Take(batch).Select((l, i) => Message(l, at + i)).ToList();
                db.Messages.AddRange(messages);
                await db.SaveChangesAsync(ct);
                store += clock.Elapsed;
                for (var i = 0; i < messages.Count; i++) truth[messages[i].Id] = letters[at + i];

                clock.Restart();
                await scope.ServiceProvider.GetRequiredService<CampaignGrouper>().GroupAsync(messages, ct);
                var grouped = clock.Elapsed;
                await db.SaveChangesAsync(ct);
                if (Environment.GetEnvironmentVariable("CAMPAIGN_TRACE") is not null) Console.WriteLine($"batch {at}: group {grouped.TotalMilliseconds:0} ms, save {(clock.Elapsed - grouped).TotalMilliseconds:0} ms");
                group += clock.Elapsed;
                progress?.Invoke(Math.Min(letters.Count, at + batch));
            }
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            await using var read = host.Services.CreateAsyncScope();
            return await ScoreAsync(read.ServiceProvider.GetRequiredService<CorrespondenceDbContext>(), truth, group, store, peak, ct);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(file + suffix);
        }
    }

    private static async Task<Quality> ScoreAsync(CorrespondenceDbContext db, Dictionary<long, CampaignLetters.Letter> truth,
        TimeSpan group, TimeSpan store, long peak, CancellationToken ct)
    {
        var members = await db.CampaignMembers.Where(m => m.Campaign!.Status != CampaignStatus.Forming)
            .Select(m => new { m.CampaignId, m.MessageId, m.PulledOut }).ToListAsync(ct);
        var byCampaign = members.GroupBy(m => m.CampaignId).ToList();
        var majority = byCampaign.ToDictionary(g => g.Key, g => g.GroupBy(m => truth[m.MessageId].Campaign).MaxBy(x => x.Count())!.Key);
        var pure = byCampaign.Sum(g => g.Count(m => truth[m.MessageId].Campaign == majority[g.Key]));
        var purity = members.Count == 0 ? 0 : pure / (double)members.Count;

        // Recall: each generated campaign's copies found in the largest campaign that is mostly that text.
        var copies = truth.Values.Where(l => l.Campaign >= 0).GroupBy(l => l.Campaign).ToDictionary(g => g.Key, g => g.Count());
        var found = copies.Keys.Sum(c => byCampaign.Where(g => majority[g.Key] == c)
            .Select(g => g.Count(m => truth[m.MessageId].Campaign == c)).DefaultIfEmpty(0).Max());
        var recall = copies.Count == 0 ? 1 : found / (double)copies.Values.Sum();

        var memberOf = members.ToDictionary(m => m.MessageId);
        if (Environment.GetEnvironmentVariable("CAMPAIGN_TRACE") is not null)
        {
            foreach (var g in byCampaign) Console.WriteLine($"campaign {g.Key}: {g.Count()} members, mostly text {majority[g.Key]}");
            foreach (var t in truth.Where(t => t.Value.Campaign >= 0 && !memberOf.ContainsKey(t.Key)).Take(6))
                Console.WriteLine($"--- not grouped (text {t.Value.Campaign}):\n{t.Value.Body}\n=> {string.Join(" | ", LetterText.Sentences(t.Value.Body))}");
        }
        var planted = truth.Where(t => t.Value.PlantedCasework).Select(t => t.Key).ToList();
        return new Quality(truth.Count, byCampaign.Count, purity, recall, planted.Count,
            planted.Count(id => memberOf.TryGetValue(id, out var m) && m.PulledOut),
            planted.Count(id => !memberOf.ContainsKey(id)),
            members.Count(m => m.PulledOut && !truth[m.MessageId].PlantedCasework),
            members.Count(m => truth[m.MessageId].Campaign < 0),
            group.TotalSeconds, store.TotalSeconds, peak);
    }

    private static InboundMessage Message(CampaignLetters.Letter letter, int i)
    {
        var now = DateTime.UtcNow;
        // The generator may draw one address twice in 50,000 letters; the row number keeps constituents apart.
        var address = $"{i}.{letter.FromAddress}";
        var constituent = new Constituent { Email = address, Name = letter.FromName, FirstSeenAt = now };
        var message = new InboundMessage
        {
            Mailbox = "campaign-test", Uid = i + 1, BodyHash = i.ToString("x64"), FromName = letter.FromName,
            FromAddress = address, Subject = letter.Subject, TextBody = letter.Body, ReceivedAt = now.AddSeconds(i),
            SentAt = now, StatusChangedAt = now, Status = MessageStatus.Drafted,
            Case = new Case { Constituent = constituent, OpenedAt = now, Subject = letter.Subject },
        };
        if (letter.Topic.Length > 0) message.Topics.Add(new TopicAssignment { TopicId = letter.Topic, Confidence = 0.9 });
        return message;
    }

    private static IHost BuildHost(string templates, string file)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={file}",
            ["Paths:Templates"] = templates,
            ["Office:MpName"] = "Alex Example MP",
            ["Office:Constituency"] = "Exampleton North",
            ["Office:OfficeAddress"] = "House of Commons, London SW1A 0AA",
            ["Office:FromName"] = "Office of Alex Example MP",
            ["Office:FromAddress"] = "office@mp.example",
            ["Office:Signature"] = "Alex Example MP\nMember of Parliament for Exampleton North",
        });
        builder.Services.AddCorrespondenceCore();
        return builder.Build();
    }
}
