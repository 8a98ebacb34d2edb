using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Inbox;

/// <summary>
/// Moves stored messages on: Received -> Triaged/NeedsTriage, Triaged -> Drafted. Each message in its own
/// transaction; driven by database state, so running it twice, or after a crash, does no harm.
/// </summary>
public sealed class MessageProcessor(CorrespondenceDbContext db, MessageTriage triage, MessageDrafter drafter,
    TimeProvider clock, ILogger<MessageProcessor> log)
{
    public async Task<int> ProcessPendingAsync(int max, CancellationToken ct)
    {
        var ids = await db.Messages
            .Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Triaged)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(max).ToListAsync(ct);
        foreach (var id in ids)
            await ProcessAsync(id, ct);
        return ids.Count;
    }

    public async Task ProcessAsync(long messageId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var message = await db.Messages
            .Include(m => m.Topics).Include(m => m.PolicyMatches).Include(m => m.Drafts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return;
        try
        {
            if (message.Status == MessageStatus.Received)
            {
                triage.Apply(message);
                await db.SaveChangesAsync(ct);
            }
            if (message.Status == MessageStatus.Triaged)
            {
                drafter.DraftTriaged(message);
                await db.SaveChangesAsync(ct);
            }
        }
        catch (Exception ex) when (ex is TemplateRenderException or InvalidOperationException && ex is not InvalidStatusChangeException)
        {
            // A broken template must not stop the pipeline: the message waits for a person with the reason shown.
            log.LogError(ex, "Could not draft message {MessageId}", messageId);
            db.ChangeTracker.Clear();
            var fresh = await db.Messages.SingleAsync(m => m.Id == messageId, ct);
            if (StatusMachine.CanMove(fresh.Status, MessageStatus.NeedsTriage))
            {
                db.MoveTo(fresh, MessageStatus.NeedsTriage, clock.GetUtcNow().UtcDateTime, Audit.System, $"could not triage or draft automatically: {ex.Message}");
                await db.SaveChangesAsync(ct);
            }
        }
    }
}
