using Correspondence.Core.Data;
using Medallion.Threading;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Data.Locks;

/// <summary>
/// Locks shared by every node through the database: a mailbox is read by one node at a time, and the recurring jobs
/// are registered by one node at a time. A lock is held on a database session (PostgreSQL advisory lock, SQL Server
/// application lock), so it goes when the holder's connection goes (a killed node frees it at once) and
/// <see cref="IDistributedSynchronizationHandle.HandleLostToken"/> fires on the holder when its connection drops.
/// SQLite is one node by design: every lock is granted and never lost.
/// </summary>
public interface INodeLocks
{
    /// <summary>The lock, or null if another node holds it after waiting <paramref name="wait"/>.</summary>
    ValueTask<IDistributedSynchronizationHandle?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken ct);
}

internal sealed class DatabaseNodeLocks(IOptions<DatabaseOptions> options) : INodeLocks
{
    /// <summary>How often the holder's session is checked with a no-op query; a dead session is seen within this.</summary>
    internal static readonly TimeSpan Keepalive = TimeSpan.FromSeconds(5);

    private readonly Lazy<IDistributedLockProvider?> _provider = new(() => options.Value.Provider switch
    {
        DatabaseProvider.Postgres => new PostgresDistributedSynchronizationProvider(WithConnectionCheck(options.Value.ConnectionString),
            o => o.KeepaliveCadence(Keepalive)),
        DatabaseProvider.SqlServer => new SqlServerAppLockProvider(options.Value.ConnectionString, Keepalive),
        _ => null,
    });

    /// <summary>
    /// The library watches a held lock with a long-running query on the holder's connection. A server backend busy with
    /// a query does not notice that its client died (SIGKILL) until the query ends, so the lock would outlive the node
    /// by that long (45 s seen here). client_connection_check_interval (PostgreSQL 14+) makes it check every second.
    /// </summary>
    internal static string WithConnectionCheck(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = ((builder.Options ?? "") + " -c client_connection_check_interval=1000").Trim();
        return builder.ConnectionString;
    }

    public async ValueTask<IDistributedSynchronizationHandle?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken ct)
    {
        var provider = _provider.Value;
        if (provider is null) return SingleNodeHandle.Instance;
        return await provider.TryAcquireLockAsync("correspondence:" + name, wait, ct);
    }

    /// <summary>SQLite: one node reads the file, so there is nothing to exclude.</summary>
    private sealed class SingleNodeHandle : IDistributedSynchronizationHandle
    {
        public static readonly SingleNodeHandle Instance = new();
        public CancellationToken HandleLostToken => CancellationToken.None;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
