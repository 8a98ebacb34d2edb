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

    /// <summary>
    /// SQLite's page cache per open connection, in MiB (PRAGMA cache_size). SQLite's own default is 2 MiB; the
    /// dashboard's counts probe index pages spread over the whole file, and at a million messages a 2 MiB cache re-read
    /// them from the operating system on every request (about a third of its time, ADR 0011 revision 3). The cache is
    /// filled only as pages are read, so a small database never uses it all.
    /// </summary>
    [Range(2, 4096, ErrorMessage = "Database:SqliteCacheMegabytes must be between 2 and 4096 (MiB per open connection).")]
    public int SqliteCacheMegabytes { get; set; } = 64;
}
