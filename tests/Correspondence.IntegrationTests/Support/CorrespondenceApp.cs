using System.Net;
using Correspondence.Core.Data;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Support;

/// <summary>
/// The real web app on a throwaway folder: its own SQLite file, drop folder and outbox folder, Hangfire in memory.
/// Everything else (pages, auth, jobs, the inbox worker) is the production wiring.
/// </summary>
public sealed class CorrespondenceApp : WebApplicationFactory<Program>
{
    public const string DemoEmail = "demo@test.local";
    public const string DemoPassword = "Integration-test-pass-1";

    // Unique per run, not just per process id: a folder left by a killed run whose id is reused would otherwise hand this
    // run an old model trained on an older corpus (seen: the scikit-learn comparison failed once that way).
    public static readonly string SharedModelFolder = Path.Combine(Path.GetTempPath(), $"correspondence-it-models-{Environment.ProcessId}-{Guid.NewGuid():N}");

    static CorrespondenceApp() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try { Directory.Delete(SharedModelFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    };

    public string Root { get; } = Directory.CreateTempSubdirectory("correspondence-it-").FullName;
    public string Inbox => Path.Combine(Root, "inbox");
    public string Outbox => Path.Combine(Root, "outbox");
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;

    /// <summary>"Development" unless a test needs production behaviour (HSTS, the error page).</summary>
    public string EnvironmentName { get; init; } = "Development";

    public CorrespondenceApp(Dictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Directory.CreateDirectory(Inbox);
        Directory.CreateDirectory(Path.Combine(Root, "no-samples"));
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(Root, "correspondence.db")}",
            ["Jobs:Storage"] = "InMemory",
            ["Inbox:Source"] = "DropFolder",
            ["Inbox:DropFolder"] = Inbox,
            ["Inbox:PollSeconds"] = "1",
            ["Sending:Transport"] = "Folder",
            ["Sending:OutboxFolder"] = Outbox,
            ["Paths:Samples"] = Path.Combine(Root, "no-samples"),
            // One trained topic model for the whole test run: the first app trains it, the rest load it.
            ["Triage:ModelFolder"] = SharedModelFolder,
            ["Demo:Enabled"] = "true",
            ["Demo:Email"] = DemoEmail,
            ["Demo:Password"] = DemoPassword,
        };
        foreach (var (key, value) in overrides ?? []) _settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    /// <summary>Serves the app on a real loopback port (for the browser tests) and returns its base URL.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Adds a local account with one role; returns nothing the test needs but the email and password it chose.</summary>
    public async Task CreateUserAsync(string email, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>A client signed in as the given local account that does not follow redirects (so refusals can be seen).</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(login),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    public CorrespondenceDbContext NewDb() => Services.CreateScope().ServiceProvider.GetRequiredService<CorrespondenceDbContext>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A client signed in as the demo user (every role), following redirects and keeping cookies.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = DemoEmail,
            ["Password"] = DemoPassword,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(login),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("The email or password is not right", await response.Content.ReadAsStringAsync());
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Hangfire keeps global state; a later app in this collection must not see this one's storage.
        JobStorage.Current = null!;
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
