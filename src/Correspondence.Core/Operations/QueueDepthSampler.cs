using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Operations;

/// <summary>
/// Queue depths as gauges: messages by open status and outbox rows by status. Counted every 30 seconds in the
/// background (a GROUP BY over indexed status columns), never inside a metrics export, which must not wait on a database.
/// </summary>
public sealed class QueueDepthSampler(IServiceScopeFactory scopes, ILogger<QueueDepthSampler> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    private static readonly MessageStatus[] Open =
        [MessageStatus.Received, MessageStatus.Triaged, MessageStatus.Drafted, MessageStatus.Approved, MessageStatus.NeedsTriage,
         MessageStatus.Escalated, MessageStatus.NonConstituent, MessageStatus.SendFailed, MessageStatus.PossiblySent, MessageStatus.Bounced,
         MessageStatus.Quarantined];

    // One pair of gauges per process (instruments live on the static meter); they show the latest count taken.
    private static volatile IReadOnlyList<KeyValuePair<string, long>> _messages = [];
    private static volatile IReadOnlyList<KeyValuePair<string, long>> _outbox = [];

    static QueueDepthSampler()
    {
        CorrespondenceTelemetry.Meter.CreateObservableGauge("correspondence.queue.depth",
            () => _messages.Select(m => new System.Diagnostics.Metrics.Measurement<long>(m.Value, new KeyValuePair<string, object?>("status", m.Key))),
            description: "Messages waiting, by status");
        CorrespondenceTelemetry.Meter.CreateObservableGauge("correspondence.outbox.depth",
            () => _outbox.Select(m => new System.Diagnostics.Metrics.Measurement<long>(m.Value, new KeyValuePair<string, object?>("status", m.Key))),
            description: "Outbox rows not yet sent, by status");
    }

    /// <summary>One count now (also what the timer does).</summary>
    public async Task SampleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>();
        var messages = await db.Messages.Where(m => Open.Contains(m.Status)).GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var outbox = await db.Outbox.Where(o => o.Status != OutboxStatus.Sent).GroupBy(o => o.Status)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        // Every open status is reported, zero included, so a drained queue shows as 0 rather than as a stale value.
        _messages = Open.Select(s => KeyValuePair.Create(s.ToString(), messages.FirstOrDefault(m => m.Key == s)?.Count ?? 0)).ToList();
        _outbox = outbox.Select(o => KeyValuePair.Create(o.Key.ToString(), o.Count)).ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Could not count the queues for metrics: {Reason}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
