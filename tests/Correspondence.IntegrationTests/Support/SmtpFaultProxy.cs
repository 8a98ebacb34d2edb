using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Correspondence.IntegrationTests.Support;

public enum SmtpFault
{
    None,
    /// <summary>The connection is reset and the port closed for a moment: connects in that window are refused.</summary>
    Refuse,
    /// <summary>Reset before the server's greeting.</summary>
    ResetOnConnect,
    /// <summary>Reset when the client sends DATA: the server never sees the message.</summary>
    DropBeforeData,
    /// <summary>
    /// The message and its final "." reach the server, which accepts it; the server's 250 never reaches the client
    /// (the connection is reset instead). The accepted-but-not-recorded window, made to order.
    /// </summary>
    DropAfterData,
}

/// <summary>
/// A loopback TCP proxy in front of a real SMTP server that injects network faults by connection number, reading the
/// client's side of the conversation line by line (commands, then the message until its lone ".").
/// </summary>
public sealed class SmtpFaultProxy : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly int _serverPort;
    private readonly Func<int, SmtpFault> _plan;
    private readonly Task _accepting;
    private readonly TimeSpan _refusal;
    private TcpListener _listener;
    private int _connections;

    public int Port { get; }
    public int Connections => _connections;
    /// <summary>How often each fault actually happened (a planned fault whose moment never came is not counted).</summary>
    public ConcurrentDictionary<SmtpFault, int> Injected { get; } = new();

    public SmtpFaultProxy(int serverPort, Func<int, SmtpFault> plan, TimeSpan? refusal = null)
    {
        (_serverPort, _plan, _refusal) = (serverPort, plan, refusal ?? TimeSpan.FromMilliseconds(150));
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Server.NoDelay = true;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) when (!_stop.IsCancellationRequested) { await Task.Delay(5); continue; }
            catch (Exception) { return; }
            var fault = _plan(Interlocked.Increment(ref _connections));
            if (fault == SmtpFault.Refuse)
            {
                Count(fault);
                client.Client.Close(0);
                // Close the port itself for a moment: the kernel answers connects with RST ("connection refused").
                _listener.Stop();
                try { await Task.Delay(_refusal, _stop.Token); } catch (OperationCanceledException) { return; }
                _listener = await ReopenAsync();
                continue;
            }
            _ = RelayAsync(client, fault);
        }
    }

    private async Task<TcpListener> ReopenAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Server.NoDelay = true;
            try
            {
                listener.Start();
                return listener;
            }
            catch (SocketException) when (attempt < 100)
            {
                listener.Dispose();
                await Task.Delay(10);
            }
        }
    }

    private void Count(SmtpFault fault) => Injected.AddOrUpdate(fault, 1, (_, n) => n + 1);

    private async Task RelayAsync(TcpClient client, SmtpFault fault)
    {
        using var _ = client;
        client.NoDelay = true;
        if (fault == SmtpFault.ResetOnConnect)
        {
            Count(fault);
            client.Client.Close(0);
            return;
        }
        using var server = new TcpClient { NoDelay = true };
        try { await server.ConnectAsync(IPAddress.Loopback, _serverPort); }
        catch (SocketException) { client.Client.Close(0); return; }
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var session = new Session(fault);
        var up = UpAsync(client.GetStream(), server.GetStream(), session, cut.Token);
        var down = DownAsync(server.GetStream(), client.GetStream(), session, cut.Token);
        await Task.WhenAny(up, down);
        if (session.Fired) Count(fault);
        await cut.CancelAsync();
        client.Client.Close(session.Fired ? 0 : 1); // a fault is a reset, not a polite FIN
        server.Client.Close(0);
    }

    private sealed class Session(SmtpFault fault)
    {
        public readonly SmtpFault Fault = fault;
        public volatile bool SwallowAnswer;
        public volatile bool Fired;
    }

    /// <summary>Client to server, line by line: cuts before DATA, or marks the server's answer to the final "." to be swallowed.</summary>
    private static async Task UpAsync(Stream from, Stream to, Session session, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        var line = new List<byte>(256);
        var inData = false;
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, ct);
                if (read == 0) return;
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    line.Add(buffer[i]);
                    if (buffer[i] != (byte)'\n') continue;
                    var text = Encoding.ASCII.GetString(line.ToArray()).TrimEnd('\r', '\n');
                    line.Clear();
                    if (!inData && text.Equals("DATA", StringComparison.OrdinalIgnoreCase))
                    {
                        if (session.Fault == SmtpFault.DropBeforeData)
                        {
                            session.Fired = true;
                            return; // DATA never forwarded
                        }
                        inData = true;
                    }
                    else if (inData && text == ".")
                    {
                        inData = false;
                        if (session.Fault == SmtpFault.DropAfterData) session.SwallowAnswer = true;
                    }
                }
                await to.WriteAsync(buffer.AsMemory(start, read - start), ct);
            }
        }
        catch (Exception) { }
    }

    /// <summary>Server to client; once the client's "." has gone with DropAfterData, the server's answer is read and dropped, and the connection cut.</summary>
    private static async Task DownAsync(Stream from, Stream to, Session session, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, ct);
                if (read == 0) return;
                if (session.SwallowAnswer)
                {
                    session.Fired = true;
                    return;
                }
                await to.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch (Exception) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accepting; } catch { }
        _stop.Dispose();
    }
}
