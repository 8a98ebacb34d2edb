using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Correspondence.IntegrationTests.Support;

namespace Correspondence.IntegrationTests.Operations;

/// <summary>The probes a load balancer uses: anonymous, no details beyond which check failed.</summary>
[Collection(WebAppCollection.Name)]
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(CorrespondenceApp app, string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task LiveAndReady_AnswerAnonymouslyWhenTheDatabaseIsUp()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });

        var live = await GetAsync(app, "/health/live");
        var ready = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Body.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Ready_MailboxUnreachable_Is503NamingTheCheckButNotTheServer()
    {
        var closedPort = FreePort();
        await using var app = new CorrespondenceApp(ImapSettings.For("127.0.0.1", closedPort));

        var ready = await GetAsync(app, "/health/ready");
        var live = await GetAsync(app, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Body.GetProperty("checks").GetProperty("mail").GetString());
        Assert.Equal("Healthy", ready.Body.GetProperty("checks").GetProperty("database").GetString());
        Assert.DoesNotContain(closedPort.ToString(), ready.Body.GetRawText());
        Assert.Equal(HttpStatusCode.OK, live.Status); // alive, just not ready: do not restart it, stop sending it traffic
    }

    [Fact]
    public async Task Ready_RealDovecotMailbox_IsHealthy()
    {
        await using var dovecot = await DovecotServer.StartAsync();
        await using var app = new CorrespondenceApp(ImapSettings.For(dovecot.Host, dovecot.Port));

        var ready = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Body.GetProperty("checks").GetProperty("mail").GetString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
