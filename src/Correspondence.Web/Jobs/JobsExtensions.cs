using Correspondence.Core.DataProtection;
using Correspondence.Core.Office;
using Correspondence.Core.Sending;
using Correspondence.Core.Templates;
using Correspondence.Core.Triage.Learning;
using Correspondence.Web.Auth;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
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
                case JobStorageKind.PostgreSql:
                    config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(options.ConnectionString), new PostgreSqlStorageOptions
                    {
                        // Sliding invisibility: a job whose node died runs again soon after, a long one is not started twice.
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = TimeSpan.FromMinutes(5),
                        QueuePollInterval = TimeSpan.FromSeconds(1),
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

    /// <summary>The dashboard (Admin only) and the recurring jobs, registered under fixed ids so nodes share one of each.</summary>
    public static WebApplication MapCorrespondenceJobs(this WebApplication app)
    {
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, "/jobs", new DashboardOptions
        {
            DashboardTitle = "Correspondence jobs",
            DisplayStorageConnectionString = false,
            Authorization = [],
        });
        RegisterRecurringJobsOnce(app.Services);
        return app;
    }

    /// <summary>
    /// The recurring jobs, registered by one node at a time under the database lock "recurring-jobs" (ADR 0016): web
    /// nodes starting together do not interleave their registrations, and a node that finds another registering waits
    /// for it and then writes the same definitions (AddOrUpdate is idempotent). Worker nodes register nothing.
    /// </summary>
    private static void RegisterRecurringJobsOnce(IServiceProvider services)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JobsExtensions));
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var locks = services.GetRequiredService<Core.Data.Locks.INodeLocks>();
        using var held = locks.TryAcquireAsync("recurring-jobs", TimeSpan.FromSeconds(30), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        if (held is null)
        {
            log.LogWarning("Recurring jobs not registered by this node: another node held the lock for 30 s (it registers the same jobs)");
            return;
        }
        recurring.AddOrUpdate<OutboxSweeper>(
            OutboxSweeper.RecurringJobId, s => s.SweepAsync(CancellationToken.None), Cron.Minutely());
        // Nightly: caseworkers' topic corrections become training data; the new model is kept only if no worse.
        recurring.AddOrUpdate<RetrainTopicModelJob>(
            RetrainTopicModelJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Daily(2));
        // Hourly as well as after each template save: catches a draft written by a node that had not yet seen an edit.
        recurring.AddOrUpdate<RedraftStaleJob>(
            RedraftStaleJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Hourly());
        // Hourly (does nothing unless Holding:Enabled): holding replies drafted for items nearing their reply target.
        recurring.AddOrUpdate<Core.Holding.HoldingReplyJob>(
            Core.Holding.HoldingReplyJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Hourly(20));
        // Nightly: messages past their retention period are deleted or anonymised (Retention:Rules).
        recurring.AddOrUpdate<RetentionJob>(
            RetentionJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Daily(3));
        // Letters that joined a released campaign on a node without a job client are answered within five minutes.
        recurring.AddOrUpdate<Core.Campaigns.CampaignReleaseJob>(
            Core.Campaigns.CampaignReleaseJob.RecurringJobId, j => j.SweepAsync(CancellationToken.None), "*/5 * * * *");
        log.LogInformation("Recurring jobs registered by node {Node}", Core.Inbox.InboxWorker.NodeName);
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
