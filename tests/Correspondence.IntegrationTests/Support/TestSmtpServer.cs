using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace Correspondence.IntegrationTests.Support;

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port that keeps the exact bytes it accepts.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public int Port { get; }
    public ConcurrentQueue<byte[]> Received { get; } = new();
    /// <summary>The envelope of each accepted message: MAIL FROM and every RCPT TO, as the server parsed the commands.</summary>
    public ConcurrentQueue<(string From, string[] To)> Envelopes { get; } = new();
    /// <summary>When set, decides the answer to each message's DATA (its raw bytes in), instead of <see cref="Answer"/>.</summary>
    public Func<byte[], SmtpResponse>? Decide { get; set; }
    /// <summary>What the server answers to DATA; Ok by default, e.g. 550 or 451 to test failures.</summary>
    public SmtpResponse Answer { get; set; } = SmtpResponse.Ok;

    /// <summary>Each sign-in attempt (user, whether it was accepted).</summary>
    public ConcurrentQueue<(string User, bool Accepted)> SignIns { get; } = new();

    /// <param name="certificate">With it, STARTTLS is offered (or, with <paramref name="implicitTls"/>, TLS from the first byte).</param>
    /// <param name="credentials">With them, AUTH is required (only after TLS) and only this user and password are accepted.</param>
    public TestSmtpServer(X509Certificate2? certificate = null, bool implicitTls = false, (string User, string Password)? credentials = null)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e =>
            {
                e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
                if (certificate is not null) e.Certificate(certificate).IsSecure(implicitTls);
                if (credentials is not null) e.AuthenticationRequired().AllowUnsecureAuthentication(false);
            }).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        if (credentials is { } expected)
            services.Add(new SmtpServer.Authentication.DelegatingUserAuthenticator((user, password) =>
            {
                var ok = user == expected.User && password == expected.Password;
                SignIns.Enqueue((user, ok));
                return ok;
            }));
        services.Add(new CapturingStore(this));
        services.Add(new NoDelayListenerFactory());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    /// <summary>
    /// TCP no-delay on the listening socket (Linux hands it on to every accepted one): without it each reply waits
    /// ~40-66 ms on Nagle + delayed ACK and a loopback sink manages ~15 messages/s. The package keeps its TcpListener private.
    /// </summary>
    private sealed class NoDelayListenerFactory : SmtpServer.Net.EndpointListenerFactory
    {
        public override SmtpServer.Net.IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = base.CreateListener(endpointDefinition);
            var tcp = listener.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
                .Select(f => f.GetValue(listener)).OfType<TcpListener>().FirstOrDefault();
            if (tcp is not null) tcp.Server.NoDelay = true;
            return listener;
        }
    }

    private sealed class CapturingStore(TestSmtpServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var bytes = buffer.ToArray();
            var answer = owner.Decide?.Invoke(bytes) ?? owner.Answer;
            if (answer.ReplyCode == SmtpReplyCode.Ok)
            {
                owner.Received.Enqueue(bytes);
                owner.Envelopes.Enqueue((transaction.From.AsAddress(), transaction.To.Select(t => t.AsAddress()).ToArray()));
            }
            return Task.FromResult(answer);
        }
    }
}
