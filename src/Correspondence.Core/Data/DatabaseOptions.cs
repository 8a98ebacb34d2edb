using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Data;

/// <summary>Sqlite: one node (the embedded default). SqlServer: production. Postgres: several nodes, and the real-server test of that design.</summary>
public enum DatabaseProvider { Sqlite, SqlServer, Postgres }

/// <summary>Settings section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(ErrorMessage = "Database:ConnectionString is required, e.g. \"Data Source=data/correspondence.db\" for SQLite.")]
    public string ConnectionString { get; set; } = "Data Source=data/correspondence.db";

    /// <summary>Apply pending migrations when the app starts. Turn off where a DBA applies the SQL script.</summary>
    public bool ApplyMigrationsOnStart { get; set; } = true;
}
