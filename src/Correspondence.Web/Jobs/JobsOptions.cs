using System.ComponentModel.DataAnnotations;

namespace Correspondence.Web.Jobs;

public enum JobStorageKind { Sqlite, InMemory, SqlServer, PostgreSql }

/// <summary>Settings section "Jobs": where Hangfire keeps its queue. The outbox table stays the source of truth either way.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public JobStorageKind Storage { get; set; } = JobStorageKind.Sqlite;

    /// <summary>Sqlite: a file path; SqlServer, PostgreSql: a connection string; InMemory: unused.</summary>
    public string ConnectionString { get; set; } = "data/hangfire.db";

    /// <summary>Process jobs in this node (turn off on web nodes that only serve pages).</summary>
    public bool RunServer { get; set; } = true;

    [Range(1, 64)] public int WorkerCount { get; set; } = 2;
}
