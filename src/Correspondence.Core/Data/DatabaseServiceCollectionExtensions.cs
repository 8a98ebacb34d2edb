using Correspondence.Core.Office;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Data;

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Correspondence.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Correspondence.Migrations.SqlServer";
    public const string PostgresMigrationsAssembly = "Correspondence.Migrations.Postgres";

    public static IServiceCollection AddCorrespondenceDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Operations.AuditMetricsInterceptor>();
        services.AddSingleton<Locks.INodeLocks, Locks.DatabaseNodeLocks>();
        // Pooled: the options are built once and a context is reset and reused, not built per scope. Building them (and
        // EF Core setting up its services for each new context) cost one to two milliseconds of CPU for every job and
        // request, more than a send job's own query (docs/decisions/0019). Contexts hold no state of their own.
        // Registered as a factory so a request can also run independent read queries side by side on contexts of its
        // own (the dashboard, ADR 0011 revision 3); the scope's context comes from the same pool.
        services.AddPooledDbContextFactory<CorrespondenceDbContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value)
                .AddInterceptors(sp.GetRequiredService<Operations.AuditMetricsInterceptor>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CorrespondenceDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Points EF Core at the configured provider and that provider's own migrations assembly.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseOptions db)
    {
        switch (db.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ResolveSqlite(db.ConnectionString), o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(new SqlitePragmas(db.SqliteCacheMegabytes));
                break;
            case DatabaseProvider.SqlServer:
                // No EnableRetryOnFailure, on either server: a retrying strategy refuses the explicit transactions that
                // ingest, approval and sending open ("does not support user-initiated transactions"), and exactly-once
                // needs them. A transient error fails the unit of work, which its job or the worker retries whole.
                options.UseSqlServer(db.ConnectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(db.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{db.Provider}' is not supported; use Sqlite, SqlServer or Postgres.");
        }
        return options;
    }

    /// <summary>A relative SQLite file is placed under the app root (see ContentPaths), and its folder created.</summary>
    private static string ResolveSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is ":memory:" or "" || builder.Mode == SqliteOpenMode.Memory) return connectionString;
        builder.DataSource = ContentPaths.Resolve(builder.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
