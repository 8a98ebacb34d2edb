using MimeKit;

namespace Correspondence.Core.Sending;

/// <summary>Delivers a reply. Two real implementations: an outbox folder (embedded default) and SMTP.</summary>
public interface IReplyTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);

    /// <summary>Whether a reply with this Message-ID is known to have gone (used after a crash mid-send); null when it cannot tell.</summary>
    Task<bool?> WasDeliveredAsync(string messageId, CancellationToken ct);
}

/// <summary>A failure that will not get better by retrying (e.g. SMTP 5xx); shown to a person with the server's words.</summary>
public sealed class PermanentSendException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The server said "too many" (421, 450, 452, 4.7.x, a quota): the account pauses, the reply waits, nothing is lost.</summary>
public sealed class ThrottledSendException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The connection failed after the whole reply had been handed to the server, before its answer arrived: the server may
/// have accepted it. Resending could deliver it twice, so a person decides (PossiblySent).
/// </summary>
public sealed class AmbiguousSendException(string message, Exception? inner = null) : Exception(message, inner);
