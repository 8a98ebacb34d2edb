using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Inbox;

/// <summary>
/// The inbound mail worker: reads the configured source, then triages and drafts what was stored.
/// Errors are logged and retried with backoff; they never stop the host.
/// </summary>
public sealed class InboxWorker(IServiceScopeFactory scopes, IOptions<InboxOptions> options, TimeProvider clock, ILogger<InboxWorker> log)
    : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        var backoff = poll;
        log.LogInformation("Inbox worker started: source {Source}, polling every {Seconds}s", options.Value.Source, options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                backoff = poll;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                log.LogError(ex, "Inbox pass failed ({Reason}); retrying in {Seconds}s", ex.Message, backoff.TotalSeconds);
            }
            try
            {
                await Task.Delay(backoff, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One pass: read the mailbox, then move every pending message on (including any left by a crash).</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            switch (options.Value.Source)
            {
                case InboxSource.DropFolder:
                    await scope.ServiceProvider.GetRequiredService<DropFolderReader>().ReadOnceAsync(ct);
                    break;
                case InboxSource.Imap:
                    await scope.ServiceProvider.GetRequiredService<ImapMailboxReader>().ReadOnceAsync(ct);
                    break;
            }
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            var processor = scope.ServiceProvider.GetRequiredService<MessageProcessor>();
            // Bounded, so a message that cannot move on cannot spin the worker.
            for (var i = 0; i < 50 && await processor.ProcessPendingAsync(200, ct) == 200; i++) { }
        }
    }
}
