using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Inbox;

/// <summary>
/// Keeps one mailbox read: connect, catch up, then IDLE (re-issued every Inbox:IdleMinutes) or poll with NOOP when the
/// server has no IDLE; on any connection or protocol failure, reconnect with exponential backoff. After each catch-up
/// the stored mail is triaged and drafted. Follows MailKit's ImapIdleExample.
/// </summary>
public sealed class ImapMailboxSession(IServiceScopeFactory scopes, IOAuth2TokenProvider tokens, IOptions<InboxOptions> options,
    Func<CancellationToken, Task> processPending, TimeProvider clock, ILogger log)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    public async Task RunAsync(ImapMailboxOptions mailbox, CancellationToken stoppingToken)
    {
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var client = await MailConnections.ConnectImapAsync(mailbox, tokens, stoppingToken);
                var folder = await client.GetFolderAsync(mailbox.Folder, stoppingToken);
                await folder.OpenAsync(FolderAccess.ReadWrite, stoppingToken);
                log.LogInformation("Connected to {Mailbox} (UIDVALIDITY {UidValidity}, {Count} messages, IDLE {Idle})",
                    mailbox.DisplayName, folder.UidValidity, folder.Count, client.Capabilities.HasFlag(ImapCapabilities.Idle));
                backoff = FirstBackoff;
                await ReadLoopAsync(client, folder, mailbox, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Connection, protocol, authentication or storage trouble: nothing was half-stored (batches are transactions).
                log.LogWarning("Mailbox {Mailbox}: {Error}: {Reason}. Reconnecting in {Seconds}s",
                    mailbox.DisplayName, ex.GetType().Name, ex.Message, backoff.TotalSeconds);
                try { await Task.Delay(backoff, clock, stoppingToken); }
                catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task ReadLoopAsync(ImapClient client, IMailFolder folder, ImapMailboxOptions mailbox, CancellationToken ct)
    {
        var idle = client.Capabilities.HasFlag(ImapCapabilities.Idle);
        while (!ct.IsCancellationRequested)
        {
            if (folder.UidValidity == 0 || !folder.IsOpen)
                throw new InvalidOperationException("the folder was closed by the server");
            await using (var scope = scopes.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<ImapMailboxReader>().SyncAsync(folder, mailbox, ct);
            await processPending(ct);

            if (idle)
                await IdleUntilNewMailAsync(client, folder, ct);
            else
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, ct);
                await client.NoOpAsync(ct);
            }
        }
    }

    /// <summary>IDLE until the server reports new mail, or for at most Inbox:IdleMinutes.</summary>
    private async Task IdleUntilNewMailAsync(ImapClient client, IMailFolder folder, CancellationToken ct)
    {
        using var done = new CancellationTokenSource(TimeSpan.FromMinutes(options.Value.IdleMinutes), clock);
        void OnCountChanged(object? sender, EventArgs e) => done.Cancel();
        folder.CountChanged += OnCountChanged;
        try
        {
            await client.IdleAsync(done.Token, ct);
        }
        finally
        {
            folder.CountChanged -= OnCountChanged;
        }
    }
}
