using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Data;

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Correspondence.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Correspondence.Migrations.SqlServer";

    public static IServiceCollection AddCorrespondenceDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<CorrespondenceDbContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        return services;
    }

    /// <summary>Points EF Core at the configured provider and that provider's own migrations assembly.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseOptions db)
    {
        switch (db.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(db.ConnectionString);
                options.UseSqlite(db.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(db.ConnectionString, o =>
                {
                    o.MigrationsAssembly(SqlServerMigrationsAssembly);
                    o.EnableRetryOnFailure();
                });
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{db.Provider}' is not supported; use Sqlite or SqlServer.");
        }
        return options;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
            Directory.CreateDirectory(folder);
    }
}
