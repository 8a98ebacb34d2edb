using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Templates;

/// <summary>
/// After a template or policy edit: every draft waiting for approval that was built on the old words is rebuilt, unless
/// a person edited it (their text is never replaced behind their back: it stays stale, approval is refused until they
/// redraft or keep their text). Compares fingerprints, so running it twice, or on two nodes, does no harm.
/// </summary>
public sealed class RedraftStaleJob(CorrespondenceDbContext db, MessageDrafter drafter, ReplyComposer composer,
    TimeProvider clock, ILogger<RedraftStaleJob> log)
{
    public const string RecurringJobId = "redraft-stale";
    private const int BatchSize = 200;

    public sealed record Outcome(int Redrafted, int LeftForAPerson, int Failed);

    [DisableConcurrentExecution(300)] // two runs at once would both add the same next draft version
    public async Task<Outcome> RunAsync(CancellationToken ct)
    {
        await drafter.RefreshTemplatesAsync(ct);
        var (redrafted, left, failed) = (0, 0, 0);
        for (long after = 0; ;)
        {
            db.ChangeTracker.Clear();
            var batch = await db.Messages.Where(m => m.Status == MessageStatus.Drafted && m.Id > after).OrderBy(m => m.Id).Take(BatchSize)
                .Include(m => m.Topics).Include(m => m.PolicyMatches).Include(m => m.Drafts)
                .AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var message in batch)
            {
                var latest = message.Drafts.MaxBy(d => d.Version);
                if (latest is null || !composer.IsStale(latest, message.Topics.Select(t => t.TopicId))) continue;
                if (message.Drafts.Any(d => d.CreatedBy != Audit.System)) { left++; continue; }
                try
                {
                    var draft = drafter.AddDraft(message, Audit.System);
                    db.Record(now, Audit.System, "redrafted", nameof(InboundMessage), message.Id,
                        $"v{draft.Version}: the templates or policy it was built from changed");
                    redrafted++;
                }
                catch (TemplateRenderException ex)
                {
                    log.LogError(ex, "Could not redraft message {MessageId} after a template change", message.Id);
                    failed++;
                }
            }
            await db.SaveChangesAsync(ct);
        }
        log.LogInformation("Stale drafts: {Redrafted} redrafted, {Left} edited by a person left for them, {Failed} failed", redrafted, left, failed);
        return new Outcome(redrafted, left, failed);
    }
}
