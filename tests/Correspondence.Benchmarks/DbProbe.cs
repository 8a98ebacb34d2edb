using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Correspondence.Benchmarks;

/// <summary>
/// Where the database time goes, per stage of the run: commands outside SaveChanges (lookups and loads, including
/// reading their rows), SaveChanges calls (change detection, commands, commits of their own transactions), explicit
/// commits, and change detection outside SaveChanges (DbSet.Local, Entry(), ...). Timestamps only: no measurable cost.
/// </summary>
public sealed class DbProbe : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor,
    IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public sealed class Totals
    {
        public TimeSpan Queries, SaveChanges, SaveChangesCommits, Commits, DetectChanges;
        public int QueryCount, SaveChangesCount, SaveChangesCommands, CommitCount, DetectChangesCount;
        /// <summary>Commands outside SaveChanges by SQL text: how often, how long in all.</summary>
        public Dictionary<string, (int Count, TimeSpan Time)> BySql = [];
    }

    private const string DetectStarting = "Microsoft.EntityFrameworkCore.ChangeTracking.DetectChangesStarting";
    private const string DetectCompleted = "Microsoft.EntityFrameworkCore.ChangeTracking.DetectChangesCompleted";
    private readonly Dictionary<string, Totals> _stages = [];
    private readonly Dictionary<Guid, long> _readers = [];
    private readonly List<IDisposable> _subscriptions = [];
    private long _saveStarted, _detectStarted;
    private bool _saving;

    public DbProbe() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>The stage commands are counted under; the benchmark sets it as it moves from ingest to processing.</summary>
    public string Stage { get; set; } = "setup";

    public Totals this[string stage] => _stages.TryGetValue(stage, out var t) ? t : _stages[stage] = new Totals();

    public void Reset() => _stages.Clear();

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

    private void Command(DbCommand command, TimeSpan duration)
    {
        var t = this[Stage];
        if (_saving) { t.SaveChangesCommands++; return; }
        t.Queries += duration;
        t.QueryCount++;
        var (count, time) = t.BySql.GetValueOrDefault(command.CommandText);
        t.BySql[command.CommandText] = (count + 1, time + duration);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData e, int result, CancellationToken ct = default)
    {
        Command(command, e.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData e, object? result, CancellationToken ct = default)
    {
        Command(command, e.Duration);
        return ValueTask.FromResult(result);
    }

    // A reader's time runs from execution until it is disposed, so it includes reading and materialising the rows.
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData e,
        InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        _readers[e.CommandId] = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData e, InterceptionResult<DbDataReader> result)
    {
        _readers[e.CommandId] = Stopwatch.GetTimestamp();
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData e, InterceptionResult result)
    {
        if (_readers.Remove(e.CommandId, out var started)) Command(command, Stopwatch.GetElapsedTime(started));
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData e, InterceptionResult<int> result, CancellationToken ct = default)
    {
        (_saving, _saveStarted) = (true, Stopwatch.GetTimestamp());
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData e, int result, CancellationToken ct = default)
    {
        EndSave();
        return ValueTask.FromResult(result);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData e, CancellationToken ct = default)
    {
        EndSave();
        return Task.CompletedTask;
    }

    private void EndSave()
    {
        var t = this[Stage];
        t.SaveChanges += Stopwatch.GetElapsedTime(_saveStarted);
        t.SaveChangesCount++;
        _saving = false;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData e, CancellationToken ct = default)
    {
        var t = this[Stage];
        if (_saving) t.SaveChangesCommits += e.Duration; // SaveChanges' own transaction: part of its time
        else { t.Commits += e.Duration; t.CommitCount++; }
        return Task.CompletedTask;
    }

    // Change detection is reported through EF Core's DiagnosticListener; only the part outside SaveChanges is counted here.
    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            _subscriptions.Add(listener.Subscribe(this, name => name is DetectStarting or DetectCompleted));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (_saving) return;
        if (e.Key == DetectStarting) _detectStarted = Stopwatch.GetTimestamp();
        else if (_detectStarted != 0)
        {
            var t = this[Stage];
            t.DetectChanges += Stopwatch.GetElapsedTime(_detectStarted);
            t.DetectChangesCount++;
            _detectStarted = 0;
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }
}
