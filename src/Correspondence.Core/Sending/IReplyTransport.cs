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
