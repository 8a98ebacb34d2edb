using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Cases;

/// <summary>
/// Approves many drafts (e.g. a campaign) one by one, each in its own unit of work, so one refusal or error stops
/// nothing else and is reported as what it is. The person confirmed a count and the exact draft versions they saw.
/// </summary>
public sealed class BatchApproval(IServiceScopeFactory scopes, CorrespondenceDbContext db, TimeProvider clock, ILogger<BatchApproval> log)
{
    public enum Outcome { Sent, FirstOfTwo, Refused }

    public sealed record Item(long MessageId, string Reference, string Recipient, Outcome Outcome, string Detail);

    public sealed record Reviewed(long MessageId, int DraftVersion);

    public async Task<IReadOnlyList<Item>> ApproveAsync(IReadOnlyList<Reviewed> drafts, string actor, string? from, CancellationToken ct)
    {
        var ids = drafts.Select(d => d.MessageId).ToList();
        var who = await db.Messages.Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.CaseId, Recipient = m.ReplyTo ?? m.FromAddress }).ToDictionaryAsync(m => m.Id, ct);
        var results = new List<Item>(drafts.Count);
        foreach (var draft in drafts)
        {
            var reference = who.TryGetValue(draft.MessageId, out var w) ? Case.FormatReference(w.CaseId) : $"message {draft.MessageId}";
            var recipient = w?.Recipient ?? "?";
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ReviewApproval>()
                    .ApproveAsync(draft.MessageId, draft.DraftVersion, actor, from, ct);
                results.Add(result switch
                {
                    { Sent: true } => new Item(draft.MessageId, reference, recipient, Outcome.Sent, "approved; queued to send"),
                    { FirstOfTwo: true } => new Item(draft.MessageId, reference, recipient, Outcome.FirstOfTwo, "first approval recorded; a sensitive topic needs a second approver"),
                    _ => new Item(draft.MessageId, reference, recipient, Outcome.Refused, result.Problem ?? "refused"),
                });
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                // Reported as a failure for this recipient, never as sent; the rest of the batch goes on.
                log.LogError(e, "Batch approval of message {MessageId} failed", draft.MessageId);
                results.Add(new Item(draft.MessageId, reference, recipient, Outcome.Refused, "failed: " + e.Message));
            }
        }
        var sent = results.Count(r => r.Outcome == Outcome.Sent);
        db.Record(clock.GetUtcNow().UtcDateTime, actor, "batch-approved", "Batch", $"{drafts.Count} drafts",
            $"{sent} queued to send, {results.Count(r => r.Outcome == Outcome.FirstOfTwo)} awaiting a second approver, {results.Count(r => r.Outcome == Outcome.Refused)} refused", from);
        await db.SaveChangesAsync(ct);
        return results;
    }
}
