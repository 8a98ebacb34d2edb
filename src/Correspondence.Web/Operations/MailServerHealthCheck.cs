using System.Collections.Concurrent;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Operations;

/// <summary>
/// Ready only when every configured IMAP mailbox and the SMTP relay accept a login. A login per probe would hammer the
/// office's mail provider (and trip its throttling), so a result is reused for <see cref="CacheFor"/>.
/// </summary>
public sealed class MailServerHealthCheck(IOptions<InboxOptions> inbox, IOptions<SendingOptions> sending, IOAuth2TokenProvider tokens,
    SmtpReplyTransport smtp, MailServerHealthCheck.Cache results, TimeProvider clock, ILogger<MailServerHealthCheck> log) : IHealthCheck
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>The last probe of each server (a singleton: health checks themselves are created per request).</summary>
    public sealed class Cache : ConcurrentDictionary<string, (DateTimeOffset At, string? Problem)>;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var problems = new List<string>();
        if (inbox.Value.Source == InboxSource.Imap)
            foreach (var mailbox in inbox.Value.Mailboxes)
                Add(problems, await CachedAsync($"imap:{mailbox.Key}", () => ImapAsync(mailbox, ct)));
        if (sending.Value.Transport == ReplyTransportKind.Smtp)
            Add(problems, await CachedAsync("smtp", () => SmtpAsync(sending.Value.Smtp, ct)));
        return problems.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(string.Join("; ", problems));
    }

    private static void Add(List<string> problems, string? problem)
    {
        if (problem is not null) problems.Add(problem);
    }

    private async Task<string?> CachedAsync(string key, Func<Task<string?>> probe)
    {
        var now = clock.GetUtcNow();
        if (results.TryGetValue(key, out var cached) && now - cached.At < CacheFor) return cached.Problem;
        var problem = await probe();
        results[key] = (now, problem);
        return problem;
    }

    private async Task<string?> ImapAsync(ImapMailboxOptions mailbox, CancellationToken ct)
    {
        try
        {
            using var client = await MailConnections.ConnectImapAsync(mailbox, tokens, ct);
            await client.DisconnectAsync(true, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Health: IMAP mailbox {Mailbox} at {Host}:{Port} is not reachable: {Reason}", mailbox.Key, mailbox.Host, mailbox.Port, ex.Message);
            return $"IMAP mailbox '{mailbox.Key}' is not reachable";
        }
    }

    /// <summary>Signs in through the transport itself, so the probe uses the same socket, TLS mode and auth (password or OAuth2) as a send.</summary>
    private async Task<string?> SmtpAsync(SmtpOptions settings, CancellationToken ct)
    {
        try
        {
            await smtp.CheckSignInAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Health: SMTP relay {Host}:{Port} is not reachable: {Reason}", settings.Host, settings.Port, ex.Message);
            return "the SMTP relay is not reachable";
        }
    }
}
