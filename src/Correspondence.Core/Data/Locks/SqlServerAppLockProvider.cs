using System.Data;
using Medallion.Threading;
using Microsoft.Data.SqlClient;

namespace Correspondence.Core.Data.Locks;

/// <summary>
/// SQL Server's own session lock (sp_getapplock, owner Session) on a connection held for as long as the lock is.
/// DistributedLock.SqlServer does the same but is not served by our package mirror, so this is the small part we need:
/// try-acquire with a wait, release on dispose, and a lost token fired when a keepalive query on the held connection fails.
/// </summary>
internal sealed class SqlServerAppLockProvider(string connectionString, TimeSpan keepalive) : IDistributedLockProvider
{
    public IDistributedLock CreateLock(string name) => new AppLock(connectionString, name, keepalive);

    private sealed class AppLock(string connectionString, string name, TimeSpan keepalive) : IDistributedLock
    {
        public string Name => name;

        public IDistributedSynchronizationHandle? TryAcquire(TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
            TryAcquireAsync(timeout, cancellationToken).AsTask().GetAwaiter().GetResult();

        public IDistributedSynchronizationHandle Acquire(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
            TryAcquire(timeout ?? Timeout.InfiniteTimeSpan, cancellationToken) ?? throw new TimeoutException($"lock {name} not acquired");

        public async ValueTask<IDistributedSynchronizationHandle> AcquireAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
            await TryAcquireAsync(timeout ?? Timeout.InfiniteTimeSpan, cancellationToken) ?? throw new TimeoutException($"lock {name} not acquired");

        public async ValueTask<IDistributedSynchronizationHandle?> TryAcquireAsync(TimeSpan timeout = default, CancellationToken cancellationToken = default)
        {
            var connection = new SqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "EXEC @result = sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @wait";
                command.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar, 255) { Value = name });
                command.Parameters.Add(new SqlParameter("@wait", SqlDbType.Int) { Value = timeout == Timeout.InfiniteTimeSpan ? -1 : (int)timeout.TotalMilliseconds });
                var result = command.Parameters.Add(new SqlParameter("@result", SqlDbType.Int) { Direction = ParameterDirection.Output });
                command.CommandTimeout = timeout == Timeout.InfiniteTimeSpan ? 0 : (int)timeout.TotalSeconds + 30;
                await command.ExecuteNonQueryAsync(cancellationToken);
                if ((int)result.Value >= 0) return new Handle(connection, name, keepalive);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            await connection.DisposeAsync(); // -1 timeout, -2 cancelled, -3 deadlock victim: not ours
            return null;
        }
    }

    private sealed class Handle : IDistributedSynchronizationHandle
    {
        private readonly SqlConnection _connection;
        private readonly string _name;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _watch;

        public Handle(SqlConnection connection, string name, TimeSpan keepalive)
        {
            _connection = connection;
            _name = name;
            _watch = WatchAsync(keepalive);
        }

        public CancellationToken HandleLostToken => _lost.Token;

        private async Task WatchAsync(TimeSpan keepalive)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(keepalive, _stop.Token);
                    await using var command = _connection.CreateCommand();
                    command.CommandText = "SELECT APPLOCK_MODE('public', @name, 'Session')";
                    command.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar, 255) { Value = _name });
                    if (await command.ExecuteScalarAsync(_stop.Token) is not "Exclusive") break;
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested) { return; }
            catch (Exception e) when (e is SqlException or InvalidOperationException or IOException) { }
            await _lost.CancelAsync();
        }

        public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try { await _watch; } catch (Exception) { /* the watch ends with the connection */ }
            try
            {
                // Released explicitly: a pooled connection's session outlives Dispose until it is reused.
                await using var command = _connection.CreateCommand();
                command.CommandText = "EXEC sp_releaseapplock @Resource = @name, @LockOwner = 'Session'";
                command.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar, 255) { Value = _name });
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception e) when (e is SqlException or InvalidOperationException or IOException) { /* session gone: lock gone */ }
            await _connection.DisposeAsync();
            _stop.Dispose();
            _lost.Dispose();
        }
    }
}
