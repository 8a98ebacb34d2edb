using Correspondence.Core.Data;
using Correspondence.Core.Data.Locks;
using Correspondence.IntegrationTests.Support;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Correspondence.IntegrationTests.MultiNode;

/// <summary>The database lock behind "one node reads a mailbox", against a real PostgreSQL server.</summary>
public sealed class NodeLockTests : IAsyncLifetime
{
    private PostgresServer _pg = null!;
    private string _db = "";

    public async Task InitializeAsync()
    {
        _pg = await PostgresServer.StartAsync();
        _db = await _pg.CreateDatabaseAsync("locks");
    }

    public async Task DisposeAsync() => await _pg.DisposeAsync();

    private INodeLocks Node() => new DatabaseNodeLocks(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = _db }));

    [Fact]
    public async Task ALockIsHeldByOneNode_ReleasedOnDispose_AndLostWhenTheHoldersConnectionDies()
    {
        var first = Node();
        var second = Node();

        var held = await first.TryAcquireAsync("mailbox:imap:office@host/INBOX", TimeSpan.Zero, default);
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync("mailbox:imap:office@host/INBOX", TimeSpan.FromMilliseconds(300), default));
        // Another mailbox is independent.
        await using (var other = await second.TryAcquireAsync("mailbox:imap:office@host/Other", TimeSpan.Zero, default))
            Assert.NotNull(other);

        await held!.DisposeAsync();
        var taken = await second.TryAcquireAsync("mailbox:imap:office@host/INBOX", TimeSpan.FromSeconds(5), default);
        Assert.NotNull(taken);
        var lost = taken!.HandleLostToken;
        Assert.False(lost.IsCancellationRequested);

        // The holder's session dies (as when its node is killed or the network drops): the holder is told, and the
        // lock is free for the other node.
        await using (var admin = new NpgsqlConnection(_db))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()", admin);
            await kill.ExecuteNonQueryAsync();
        }
        await Eventually.GetAsync(() => Task.FromResult<bool?>(lost.IsCancellationRequested), "the lost-lock token to fire", seconds: 30);
        await using var again = await first.TryAcquireAsync("mailbox:imap:office@host/INBOX", TimeSpan.FromSeconds(10), default);
        Assert.NotNull(again);
        try { await taken.DisposeAsync(); } catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { }
    }
}
