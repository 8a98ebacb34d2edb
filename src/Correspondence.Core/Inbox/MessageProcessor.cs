using Correspondence.Core.Acknowledgements;
using Correspondence.Core.Auditing;
using Correspondence.Core.Campaigns;
using Correspondence.Core.Cases;
using Correspondence.Core.Constituency;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Safeguarding;
using Correspondence.Core.Sending;
using Correspondence.Core.Triage;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Inbox;

/// <summary>
/// Moves stored messages on: Received -> Triaged/NeedsTriage, Triaged -> Drafted. A batch is one transaction (one
/// commit for many messages, as the ingest does); driven by database state, so running it twice, or after a crash,
/// does no harm. A message that cannot be triaged or drafted goes to NeedsTriage with the reason, never stops the rest.
/// </summary>
public sealed class MessageProcessor(CorrespondenceDbContext db, MessageTriage triage, MessageDrafter drafter,
    Acknowledger acknowledger, SafeguardingScreen safeguarding, ConstituencyCheck constituency, CampaignGrouper campaigns,
    IServiceProvider services, TimeProvider clock, ILogger<MessageProcessor> log)
{
    public async Task<int> ProcessPendingAsync(int max, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var messages = await Pending().OrderBy(m => m.Id).Take(max)
            .Include(m => m.Topics).Include(m => m.PolicyMatches).Include(m => m.Drafts)
            .AsSplitQuery().ToListAsync(ct);
        if (messages.Count == 0) return 0;
        await drafter.RefreshTemplatesAsync(ct);
        safeguarding.EscalateFlagged(messages); // first: a flagged letter is never acknowledged or drafted
        var acknowledgements = await acknowledger.AddForAsync(messages.Where(m => m.Status == MessageStatus.Received).ToList(), ct);
        await constituency.ApplyAsync(messages, ct); // after the acknowledgement: a non-constituent still hears it arrived
        foreach (var message in messages)
            MoveOn(message);
        try
        {
            var released = await campaigns.GroupAsync(messages, ct); // after triage: escalated letters are never grouped
            await db.SaveChangesAsync(ct);
            Enqueue(acknowledgements);
            AnswerLate(released);
        }
        catch (DbUpdateException ex)
        {
            // One bad row must not hold back the batch: fall back to one message per transaction.
            log.LogWarning(ex, "Saving a batch of {Count} processed messages failed; retrying one by one", messages.Count);
            foreach (var id in messages.Select(m => m.Id))
                await ProcessAsync(id, ct);
        }
        return messages.Count;
    }

    public async Task ProcessAsync(long messageId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var message = await Pending()
            .Include(m => m.Topics).Include(m => m.PolicyMatches).Include(m => m.Drafts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return;
        await drafter.RefreshTemplatesAsync(ct);
        safeguarding.EscalateFlagged([message]);
        var acknowledgements = await acknowledger.AddForAsync(message.Status == MessageStatus.Received ? [message] : [], ct);
        await constituency.ApplyAsync([message], ct);
        MoveOn(message);
        var released = await campaigns.GroupAsync([message], ct);
        await db.SaveChangesAsync(ct);
        Enqueue(acknowledgements);
        AnswerLate(released);
    }

    /// <summary>Letters that joined a released campaign get its reply now (job client here) or from the release sweep.</summary>
    private void AnswerLate(IReadOnlyList<Campaign> released)
    {
        if (released.Count == 0 || services.GetService<IBackgroundJobClient>() is not { } jobs) return;
        foreach (var id in released.Select(c => c.Id))
            jobs.Enqueue<CampaignReleaseJob>(j => j.RunAsync(id, CancellationToken.None));
    }

    /// <summary>
    /// Sends the acknowledgements now where this host has a job client (the web app); on a worker-only node the outbox
    /// sweeper enqueues them within a few minutes. The committed outbox row is what counts, not the job.
    /// </summary>
    private void Enqueue(IReadOnlyList<OutboundReply> acknowledgements)
    {
        if (acknowledgements.Count == 0 || services.GetService<IBackgroundJobClient>() is not { } jobs) return;
        foreach (var id in acknowledgements.Select(a => a.Id))
            jobs.Enqueue<SendReplyJob>(j => j.RunAsync(id, CancellationToken.None));
    }

    private IQueryable<InboundMessage> Pending() =>
        db.Messages.Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Triaged);

    /// <summary>Triage, then draft, in memory on a tracked message; a failure parks it in NeedsTriage with the reason.</summary>
    private void MoveOn(InboundMessage message)
    {
        try
        {
            if (message.Status == MessageStatus.Received)
                triage.Apply(message);
            if (message.Status == MessageStatus.Triaged)
                drafter.DraftTriaged(message);
        }
        catch (Exception ex) when (ex is TemplateRenderException or InvalidOperationException && ex is not InvalidStatusChangeException)
        {
            // A broken template or a missing model must not stop the pipeline: the message waits for a person.
            log.LogError(ex, "Could not triage or draft message {MessageId}", message.Id);
            if (StatusMachine.CanMove(message.Status, MessageStatus.NeedsTriage))
                db.MoveTo(message, MessageStatus.NeedsTriage, clock.GetUtcNow().UtcDateTime, Audit.System,
                    $"could not triage or draft automatically: {ex.Message}");
        }
    }
}
