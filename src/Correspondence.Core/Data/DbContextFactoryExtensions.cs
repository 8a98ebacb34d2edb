using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Data;

public static class DbContextFactoryExtensions
{
    /// <summary>
    /// Runs a read on a pooled context of its own, on the thread pool, so it goes side by side with the caller's own
    /// queries (the dashboard, ADR 0011 revision 3). Task.Run because Microsoft.Data.Sqlite's async methods complete
    /// synchronously: started inline, the read would run first, alone.
    /// </summary>
    public static Task<T> ReadAsideAsync<T>(this IDbContextFactory<CorrespondenceDbContext> contexts,
        Func<CorrespondenceDbContext, Task<T>> read, CancellationToken ct) => Task.Run(async () =>
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await read(context);
    }, ct);
}
