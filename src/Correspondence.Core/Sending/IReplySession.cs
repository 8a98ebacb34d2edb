using MimeKit;

namespace Correspondence.Core.Sending;

/// <summary>
/// One connection to the relay kept open across a batch of claimed replies (docs/decisions/0014), so a batch pays for
/// connecting, TLS and sign-in once. A failure ends the session: the job stops the batch there.
/// </summary>
public interface IReplySession : IAsyncDisposable
{
    /// <summary>Same outcomes as <see cref="IReplyTransport.SendAsync"/>: Permanent, Throttled, Ambiguous, or a transient error.</summary>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>A transport that can keep one connection open for several replies.</summary>
public interface IBatchReplyTransport
{
    Task<IReplySession> OpenSessionAsync(CancellationToken ct);
}

/// <summary>The session of a transport without connections (the outbox folder, a test double): each reply on its own.</summary>
internal sealed class OneByOneSession(IReplyTransport transport) : IReplySession
{
    public Task SendAsync(MimeMessage message, CancellationToken ct) => transport.SendAsync(message, ct);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
