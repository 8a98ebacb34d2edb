using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Inbox;

/// <summary>
/// The inbound mail worker: a session per IMAP mailbox (IDLE, reconnects), or a polling loop over the drop folder;
/// after each read, stored mail is triaged and drafted. Errors are logged and retried; they never stop the host.
/// </summary>
public sealed class InboxWorker(IServiceScopeFactory scopes, IOAuth2TokenProvider tokens, IOptions<InboxOptions> options,
    TimeProvider clock, ILoggerFactory logs) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);
    private readonly ILogger _log = logs.CreateLogger<InboxWorker>();
    // One processor at a time: sessions for several mailboxes must not draft the same message twice.
    private readonly SemaphoreSlim _processing = new(1, 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = options.Value;
        _log.LogInformation("Inbox worker started: source {Source}", inbox.Source);
        return inbox.Source switch
        {
            InboxSource.Imap => Task.WhenAll(inbox.Mailboxes.Select(m =>
                new ImapMailboxSession(scopes, tokens, options, ProcessPendingAsync, clock, logs.CreateLogger<ImapMailboxSession>())
                    .RunAsync(m, stoppingToken))),
            InboxSource.DropFolder => PollDropFolderAsync(stoppingToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task PollDropFolderAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        var backoff = poll;
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
                _log.LogError(ex, "Drop folder pass failed ({Reason}); retrying in {Seconds}s", ex.Message, backoff.TotalSeconds);
            }
            try { await Task.Delay(backoff, clock, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One drop-folder pass, then every pending message moved on (including any left by a crash).</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DropFolderReader>().ReadOnceAsync(ct);
        await ProcessPendingAsync(ct);
    }

    /// <summary>Triage and draft whatever is stored and waiting; bounded, so a message that cannot move on cannot spin.</summary>
    public async Task ProcessPendingAsync(CancellationToken ct)
    {
        await _processing.WaitAsync(ct);
        try
        {
            using var activity = Operations.CorrespondenceTelemetry.Source.StartActivity("triage and draft pending mail");
            await using var scope = scopes.CreateAsyncScope();
            var processor = scope.ServiceProvider.GetRequiredService<MessageProcessor>();
            for (var i = 0; i < 50 && await processor.ProcessPendingAsync(200, ct) == 200; i++) { }
        }
        finally
        {
            _processing.Release();
        }
    }
}
