using System.Net;
using System.Net.Sockets;

namespace Correspondence.IntegrationTests.Support;

/// <summary>A loopback TCP proxy that cuts its first connection after N bytes from the server, like a network drop mid-FETCH.</summary>
public sealed class DroppingTcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _host;
    private readonly int _port;
    private readonly long _dropAfter;
    private readonly Task _accepting;
    private int _connections;
    private int _dropped;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public int Connections => _connections;
    public int DroppedConnections => _dropped;

    public DroppingTcpProxy(string host, int port, long dropFirstConnectionAfterBytes)
    {
        (_host, _port, _dropAfter) = (host, port, dropFirstConnectionAfterBytes);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            var n = Interlocked.Increment(ref _connections);
            _ = RelayAsync(client, n == 1 ? _dropAfter : long.MaxValue);
        }
    }

    private async Task RelayAsync(TcpClient client, long dropAfter)
    {
        using var _ = client;
        using var server = new TcpClient { NoDelay = true };
        client.NoDelay = true;
        await server.ConnectAsync(_host, _port);
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var up = PumpAsync(client.GetStream(), server.GetStream(), long.MaxValue, cut.Token);
        var down = PumpAsync(server.GetStream(), client.GetStream(), dropAfter, cut.Token);
        await Task.WhenAny(up, down);
        if (down.IsCompletedSuccessfully && down.Result) Interlocked.Increment(ref _dropped);
        await cut.CancelAsync();
        client.Client.Close(0); // RST, not a polite FIN
    }

    /// <returns>true when the copy stopped because the byte limit was reached.</returns>
    private static async Task<bool> PumpAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        long total = 0;
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, Math.Max(1, limit - total))), ct);
                if (read == 0) return false;
                await to.WriteAsync(buffer.AsMemory(0, read), ct);
                total += read;
                if (total >= limit) return true;
            }
        }
        catch (Exception) { return false; }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accepting; } catch { }
        _stop.Dispose();
    }
}
