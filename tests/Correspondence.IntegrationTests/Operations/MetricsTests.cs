using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Correspondence.Core.Operations;
using Correspondence.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Operations;

/// <summary>The product's metrics come from what it really did: a letter through the pipeline moves the counters and gauges.</summary>
[Collection(WebAppCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task LetterIngestedDraftedAndApproved_IsCountedAndTheQueueGaugeShowsIt()
    {
        var seen = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CorrespondenceTelemetry.Name) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tag = tags.Length == 0 ? "" : $"[{string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))}]";
            if (instrument.Name.EndsWith(".depth", StringComparison.Ordinal)) seen[instrument.Name + tag] = value; // gauges: latest
            else seen.AddOrUpdate(instrument.Name + tag, value, (_, old) => old + value);
        });
        listener.Start();

        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var messageId = await Pipeline.DraftedMessageAsync(app, "metrics");
        await app.Services.GetRequiredService<QueueDepthSampler>().SampleAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        // Other tests in this process may count too (the meter is process-wide), so at least, not exactly.
        Assert.True(seen.GetValueOrDefault("correspondence.messages.ingested") >= 1);
        Assert.True(seen.GetValueOrDefault("correspondence.messages.drafted") >= 1);
        Assert.True(seen.GetValueOrDefault("correspondence.events[action=status:Drafted]") >= 1);
        Assert.Equal(1, seen.GetValueOrDefault("correspondence.queue.depth[status=Drafted]"));

        await Pipeline.ApprovedAsync(app, messageId);
        await app.Services.GetRequiredService<QueueDepthSampler>().SampleAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.True(seen.GetValueOrDefault("correspondence.events[action=approved]") >= 1);
        Assert.Equal(0, seen.GetValueOrDefault("correspondence.queue.depth[status=Drafted]"));
        Assert.Equal(1, seen.GetValueOrDefault("correspondence.outbox.depth[status=Queued]"));
    }
}
