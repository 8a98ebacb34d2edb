using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Correspondence.IntegrationTests.Support;

/// <summary>
/// A small SMTP server on loopback that signs clients in with SASL XOAUTH2 only (as Exchange Online's SMTP AUTH does),
/// checking each bearer token at an RFC 7662 introspection URL. The SmtpServer package knows only PLAIN and LOGIN.
/// </summary>
public sealed class XOAuth2SmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _introspectionUrl;
    private readonly Task _accepting;
    private static readonly HttpClient Http = new();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    /// <summary>Each AUTH XOAUTH2: the user it named, the token, and whether the authorisation server said it was active.</summary>
    public ConcurrentQueue<(string User, string Token, bool Accepted)> SignIns { get; } = new();
    public ConcurrentQueue<string> Messages { get; } = new();

    public XOAuth2SmtpServer(string introspectionUrl)
    {
        _introspectionUrl = introspectionUrl;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try { _ = ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token)); }
            catch (Exception) { return; }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var signedIn = false;
        await writer.WriteLineAsync("220 localhost ESMTP test");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-localhost\r\n250-AUTH XOAUTH2\r\n250 8BITMIME\r\n");
                    break;
                case "AUTH":
                    var parts = line.Split(' ');
                    var initial = parts.Length > 2 ? parts[2] : null;
                    if (initial is null)
                    {
                        await writer.WriteLineAsync("334 ");
                        initial = await reader.ReadLineAsync() ?? "";
                    }
                    signedIn = await CheckAsync(initial);
                    await writer.WriteLineAsync(signedIn ? "235 2.7.0 Authentication successful" : "535 5.7.3 Authentication unsuccessful");
                    break;
                case "MAIL" or "RCPT":
                    await writer.WriteLineAsync(signedIn ? "250 2.1.0 OK" : "530 5.7.57 Client not authenticated to send mail");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 Start mail input");
                    var message = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                        message.Append(data).Append("\r\n");
                    Messages.Enqueue(message.ToString());
                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                    break;
            }
        }
    }

    /// <summary>"user=U^Aauth=Bearer T^A^A", base64; the token is checked with the authorisation server.</summary>
    private async Task<bool> CheckAsync(string base64)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        var fields = text.Split('\x01', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2)).Where(f => f.Length == 2)
            .ToDictionary(f => f[0], f => f[1]);
        var user = fields.GetValueOrDefault("user", "");
        var token = fields.GetValueOrDefault("auth", "").Replace("Bearer ", "", StringComparison.Ordinal);
        using var response = await Http.PostAsync(_introspectionUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var active = json.RootElement.GetProperty("active").GetString() == "true";
        SignIns.Enqueue((user, token, active));
        return active;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accepting; } catch { }
    }
}
