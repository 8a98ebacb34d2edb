using Correspondence.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Correspondence.Core.Operations;

/// <summary>
/// Counts the audit records a unit of work adds, once they are saved (a failed save counts nothing). Audit actions are a fixed vocabulary, so they are safe as metric tags.
/// </summary>
public sealed class AuditMetricsInterceptor : SaveChangesInterceptor
{
    // Keyed by context, not by async flow: EF raises "saving" and "saved" from different async methods.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<string>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null) return;
        // Audit records are only ever added (Audit.Record), so their state is known without change detection. Entries()
        // would otherwise run a full DetectChanges here, and SaveChanges runs its own right after: in a batch of a few
        // hundred messages with their drafts and audit rows that doubled the cost of every save.
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            _pending.AddOrUpdate(context,
                tracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Action).ToList());
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }

    private void Publish(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var actions)) return;
        _pending.Remove(context);
        foreach (var action in actions)
        {
            CorrespondenceTelemetry.Events.Add(1, new KeyValuePair<string, object?>("action", action));
            switch (action)
            {
                case "received": CorrespondenceTelemetry.MessagesIngested.Add(1); break;
                case "status:Triaged" or "status:NeedsTriage":
                    CorrespondenceTelemetry.MessagesTriaged.Add(1, new KeyValuePair<string, object?>("outcome", action[7..]));
                    break;
                case "status:Drafted": CorrespondenceTelemetry.DraftsCreated.Add(1); break;
                case "reply-sent": CorrespondenceTelemetry.RepliesSent.Add(1); break;
                case "send-failed" or "possibly-sent" or "reply-bounced":
                    CorrespondenceTelemetry.RepliesFailed.Add(1, new KeyValuePair<string, object?>("status", action));
                    break;
            }
        }
    }
}
