using Hangfire;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Jobs;

/// <summary>Runs a Hangfire server in this node when Jobs:RunServer is true; jobs are resolved from DI, one scope each.</summary>
internal sealed class JobServerHost(IOptions<JobsOptions> options, JobStorage storage, JobActivator activator, ILogger<JobServerHost> log)
    : IHostedService, IAsyncDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.RunServer)
        {
            log.LogInformation("Jobs:RunServer is false: this node enqueues jobs but does not run them");
            return Task.CompletedTask;
        }
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = options.Value.WorkerCount,
            ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
            Activator = activator,
            // Rate-limited replies are scheduled for their send slots (docs/decisions/0009): fire them within a second, not 15.
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
        }, storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not { } server) return;
        server.SendStop();
        try
        {
            await server.WaitForShutdownAsync(cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // The host disposed the server while we waited (seen when a test host is torn down): it has stopped.
        }
    }

    public ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _server, null)?.Dispose();
        return ValueTask.CompletedTask;
    }
}
