using Correspondence.Core.DataProtection;
using Correspondence.Core.Office;
using Correspondence.Core.Sending;
using Correspondence.Core.Templates;
using Correspondence.Core.Triage.Learning;
using Correspondence.Web.Auth;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Jobs;

public static class JobsExtensions
{
    public static IServiceCollection AddCorrespondenceJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Storage is chosen from the bound options when first needed, not while registering, so every settings source applies.
        services.AddHangfire((sp, config) =>
        {
            var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseFilter(new JobTelemetryFilter());
            switch (options.Storage)
            {
                case JobStorageKind.InMemory:
                    config.UseInMemoryStorage(new InMemoryStorageOptions());
                    break;
                case JobStorageKind.SqlServer:
                    config.UseSqlServerStorage(options.ConnectionString, new SqlServerStorageOptions
                    {
                        // Sliding invisibility: a long job is not started twice.
                        SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
                        QueuePollInterval = TimeSpan.Zero,
                        PrepareSchemaIfNecessary = true,
                    });
                    break;
                default:
                    var file = ContentPaths.Resolve(options.ConnectionString);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    // A caseworker waits for "sent": poll the queue every second, not every 15 s.
                    config.UseSQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
                    break;
            }
        });
        services.AddHostedService<JobServerHost>();
        services.AddHostedService<OutboxStartupSweep>();
        return services;
    }

    /// <summary>The dashboard (Admin only) and the recurring outbox sweep, registered under a fixed id so nodes share one.</summary>
    public static WebApplication MapCorrespondenceJobs(this WebApplication app)
    {
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, "/jobs", new DashboardOptions
        {
            DashboardTitle = "Correspondence jobs",
            DisplayStorageConnectionString = false,
            Authorization = [],
        });
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<OutboxSweeper>(
            OutboxSweeper.RecurringJobId, s => s.SweepAsync(CancellationToken.None), Cron.Minutely());
        // Nightly: caseworkers' topic corrections become training data; the new model is kept only if no worse.
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<RetrainTopicModelJob>(
            RetrainTopicModelJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Daily(2));
        // Hourly as well as after each template save: catches a draft written by a node that had not yet seen an edit.
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<RedraftStaleJob>(
            RedraftStaleJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Hourly());
        // Hourly (does nothing unless Holding:Enabled): holding replies drafted for items nearing their reply target.
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Core.Holding.HoldingReplyJob>(
            Core.Holding.HoldingReplyJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Hourly(20));
        // Nightly: messages past their retention period are deleted or anonymised (Retention:Rules).
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<RetentionJob>(
            RetentionJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Daily(3));
        // Letters that joined a released campaign on a node without a job client are answered within five minutes.
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Core.Campaigns.CampaignReleaseJob>(
            Core.Campaigns.CampaignReleaseJob.RecurringJobId, j => j.SweepAsync(CancellationToken.None), "*/5 * * * *");
        return app;
    }

    /// <summary>On start, sweep once: rows left Queued by a previous run get their job back without waiting a minute.</summary>
    private sealed class OutboxStartupSweep(IBackgroundJobClient jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            jobs.Enqueue<OutboxSweeper>(s => s.SweepAsync(CancellationToken.None));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
