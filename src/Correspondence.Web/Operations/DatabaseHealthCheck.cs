using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Correspondence.Web.Operations;

/// <summary>Ready only when the database answers and its schema is the one this build expects.</summary>
public sealed class DatabaseHealthCheck(CorrespondenceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!await db.Database.CanConnectAsync(ct))
            return HealthCheckResult.Unhealthy("The database does not answer: check Database:ConnectionString and the server.");
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The schema is {pending} migration(s) behind this build: run `correspondence migrate`.");
    }
}
