using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Correspondence.IntegrationTests.Support;

/// <summary>
/// A tiny OAuth2 authorisation server on loopback: /token issues an access token for the client-credentials grant,
/// /introspect (RFC 7662, as Dovecot's oauth2 passdb calls it) says whether a token is active and whose it is.
/// </summary>
public sealed class TestOAuth2Server : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public int Port { get; }
    public string TokenUrl => $"http://127.0.0.1:{Port}/token";
    public string IntrospectionUrl => $"http://127.0.0.1:{Port}/introspect";
    public string ClientId { get; init; } = "correspondence-test";
    public string ClientSecret { get; init; } = "client-secret-for-tests";
    public string MailboxUser { get; init; } = "office";
    public ConcurrentQueue<string> TokenRequests { get; } = new();
    public ConcurrentQueue<string> IntrospectedTokens { get; } = new();
    private readonly ConcurrentDictionary<string, bool> _issued = new();

    public TestOAuth2Server()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); Port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var form = System.Web.HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
            object answer;
            var status = 200;
            switch (context.Request.Url!.AbsolutePath)
            {
                case "/token":
                    TokenRequests.Enqueue($"{form["grant_type"]}|{form["client_id"]}|{form["scope"]}");
                    if (form["grant_type"] == "client_credentials" && form["client_id"] == ClientId && form["client_secret"] == ClientSecret)
                    {
                        var token = "at-" + Guid.NewGuid().ToString("N");
                        _issued[token] = true;
                        answer = new { access_token = token, token_type = "Bearer", expires_in = 3600 };
                    }
                    else
                    {
                        status = 401;
                        answer = new { error = "invalid_client" };
                    }
                    break;
                case "/introspect":
                    var presented = form["token"] ?? "";
                    IntrospectedTokens.Enqueue(presented);
                    answer = _issued.ContainsKey(presented) ? new { active = "true", username = MailboxUser } : new { active = "false", username = "" };
                    break;
                default:
                    status = 404;
                    answer = new { error = "not_found" };
                    break;
            }
            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(answer));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try { await _serving; } catch { }
        _listener.Close();
    }
}
