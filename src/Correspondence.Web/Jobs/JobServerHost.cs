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
        if (_server is null) return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }
}
