using Correspondence.Core.Data.Locks;
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
    INodeLocks locks, TimeProvider clock, ILoggerFactory logs) : BackgroundService
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
            InboxSource.Imap => Task.WhenAll(inbox.Mailboxes.Select(m => ReadWhileHoldingLockAsync(m, stoppingToken))),
            InboxSource.DropFolder => PollDropFolderAsync(stoppingToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>The node that holds the lock (and this process) in the log, so an operator can see who reads a mailbox.</summary>
    public static readonly string NodeName = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// A mailbox is read by one node at a time (docs/decisions/0016-mailbox-lock.md): wait for its lock, read while it
    /// is held, stop reading the moment it is lost (the holder's database connection dropped), then queue for it again.
    /// Another node that holds it is asked again every Inbox:PollSeconds, so a killed holder is replaced that quickly.
    /// On shutdown the lock is released with the session. Exactly-once ingest stays the safety net behind it.
    /// </summary>
    private async Task ReadWhileHoldingLockAsync(ImapMailboxOptions mailbox, CancellationToken stoppingToken)
    {
        var session = new ImapMailboxSession(scopes, tokens, options, ProcessPendingAsync, clock, logs.CreateLogger<ImapMailboxSession>());
        var lockName = "mailbox:" + mailbox.Key;
        var wait = TimeSpan.FromSeconds(options.Value.PollSeconds);
        var waitingLogged = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            Medallion.Threading.IDistributedSynchronizationHandle? held;
            try
            {
                // Asked without waiting in the database, then again after PollSeconds: no connection sits blocked on it.
                held = await locks.TryAcquireAsync(lockName, TimeSpan.Zero, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _log.LogWarning("Mailbox {Mailbox}: cannot ask the database for its lock ({Error}: {Reason}); retrying in {Seconds}s",
                    mailbox.DisplayName, ex.GetType().Name, ex.Message, wait.TotalSeconds);
                try { await Task.Delay(wait, clock, stoppingToken); }
                catch (OperationCanceledException) { return; }
                continue;
            }
            if (held is null)
            {
                if (!waitingLogged)
                    _log.LogInformation("Mailbox {Mailbox} is read by another node; node {Node} waits for its lock", mailbox.DisplayName, NodeName);
                waitingLogged = true;
                try { await Task.Delay(wait, clock, stoppingToken); }
                catch (OperationCanceledException) { return; }
                continue;
            }
            waitingLogged = false;
            await using (held)
            {
                _log.LogInformation("Mailbox lock acquired: {Mailbox} is read by node {Node}", mailbox.DisplayName, NodeName);
                using var reading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, held.HandleLostToken);
                await session.RunAsync(mailbox, reading.Token);
                if (stoppingToken.IsCancellationRequested)
                {
                    _log.LogInformation("Mailbox lock released on shutdown: {Mailbox}, node {Node}", mailbox.DisplayName, NodeName);
                    return;
                }
                _log.LogWarning("Mailbox lock lost (database connection dropped): node {Node} stopped reading {Mailbox} and will ask for the lock again",
                    NodeName, mailbox.DisplayName);
            }
        }
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
