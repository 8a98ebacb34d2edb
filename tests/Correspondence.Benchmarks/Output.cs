using System.Runtime.InteropServices;

namespace Correspondence.Benchmarks;

/// <summary>The table, the memory figures, the breakdown of the whole path's time, and the ratio line.</summary>
internal static class Output
{
    public static void Print(CommandLine options, Report raw, Report path, string loadAtStart)
    {
        var n = options.Messages;
        var rawMedian = Median(raw.Seconds);
        var ingestMedian = Median(path.IngestSeconds);
        var pathMedian = Median(path.Seconds);
        Console.WriteLine();
        Console.WriteLine($"Ingest benchmark: {n:N0} messages ({raw.Bytes / 1048576.0:0.0} MB), {options.Runs} run(s) per phase, medians; " +
            $"{RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores");
        // Other work on the machine shows up in the figures: say how busy it was.
        Console.WriteLine($"load average (1/5/15 min) at start {loadAtStart}, at end {LoadAverage()}");
        Console.WriteLine($"{"",-44}{"median",10}{"msg/s",10}   runs (s)");
        Row("raw MailKit fetch (GetStreamsAsync, 500 UIDs)", rawMedian, raw.Seconds);
        Row("whole path, ingest only (stored)", ingestMedian, path.IngestSeconds);
        Row("whole path (stored + triaged + drafted)", pathMedian, path.Seconds);
        if (raw.Messages != n || path.Messages != n)
            Console.WriteLine($"WARNING: raw fetched {raw.Messages:N0} and the path stored {path.Messages:N0} of {n:N0} messages");
        Console.WriteLine();
        Console.WriteLine($"{"memory (each phase in its own process)",-44}{"peak WS",10}   GC heap after each run / GC.GetTotalMemory at the end");
        Memory("raw fetch process", raw);
        Memory("whole-path process (the worker)", path);

        if (path.Median is { } m && path.Alone is { } alone)
            Breakdown(m, alone);
        Console.WriteLine();
        Console.WriteLine($"the whole path runs at 1/{pathMedian / rawMedian:0} of the raw fetch's speed ({rawMedian / pathMedian:0.0000})");
        Console.WriteLine($"ratio whole-path/raw = {rawMedian / pathMedian:0.00} (target >= 0.50)");

        void Row(string name, double seconds, List<double> runs) =>
            Console.WriteLine($"{name,-44}{seconds,9:0.000}s{n / seconds,10:N0}   {string.Join(" ", runs.Select(r => r.ToString("0.000")))}");
    }

    private static void Breakdown(WholePath.Run m, Alone alone)
    {
        Console.WriteLine();
        Console.WriteLine($"median path run: stored {m.Stored:N0}; now {string.Join(", ", m.Statuses.Select(s => $"{s.Key} {s.Value:N0}"))}");
        Console.WriteLine($"GC in it: {m.Gc.PauseSeconds:0.000} s paused, {m.Gc.Gen0}/{m.Gc.Gen1}/{m.Gc.Gen2} gen0/1/2 collections, peak managed heap {Mb(m.Gc.PeakHeapBytes)} (sampled)");
        Console.WriteLine($"where its time goes (SQLite {m.Sqlite}; database parts from EF Core interceptors, \"alone\" parts timed on their own afterwards):");
        var total = m.TotalSeconds;
        Stage("ingest: connect + SyncAsync", m.IngestSeconds, m.Db["ingest"], "the rest: IMAP fetch, MIME parse, building entities");
        Part("    raw fetch alone", alone.FetchSeconds, total);
        Part("    MailParser.Parse alone", alone.ParseSeconds, total);
        Stage("triage + draft: InboxWorker.ProcessPendingAsync", total - m.IngestSeconds, m.Db["process"], "the rest: triage, drafting, EF materialising");
        Part("    triage alone (classify + match)", alone.TriageSeconds, total);
        Part($"    drafting alone (compose {alone.Drafted:N0} replies)", alone.DraftSeconds, total);

        void Stage(string name, double seconds, DbProbe.Totals t, string rest)
        {
            Part(name, seconds, total);
            Part($"  DB queries outside SaveChanges, {t.QueryCount:N0}", t.Queries.TotalSeconds, total);
            foreach (var (sql, (count, time)) in t.BySql.OrderByDescending(q => q.Value.Time).Take(3))
                Console.WriteLine($"      {count,6:N0} x {time.TotalMilliseconds / count,6:0.000} ms  {OneLine(sql, 110)}");
            Part($"  change detection outside SaveChanges (DbSet.Local ...), {t.DetectChangesCount:N0}", t.DetectChanges.TotalSeconds, total);
            Part($"  SaveChanges, {t.SaveChangesCount:N0} calls, {t.SaveChangesCommands:N0} commands", t.SaveChanges.TotalSeconds, total);
            Part("    of which commits of their own transactions", t.SaveChangesCommits.TotalSeconds, total);
            Part($"  explicit transaction commits, {t.CommitCount:N0}", t.Commits.TotalSeconds, total);
            Part($"  {rest}", seconds - t.Queries.TotalSeconds - t.DetectChanges.TotalSeconds - t.SaveChanges.TotalSeconds - t.Commits.TotalSeconds, total);
        }
    }

    private static void Memory(string name, Report r) =>
        Console.WriteLine($"{name,-44}{Mb(r.PeakWorkingSet),10}   {string.Join(" / ", r.GcHeapAfterRun.Select(Mb))} / {Mb(r.TotalMemory)}");

    private static void Part(string name, double seconds, double total) =>
        Console.WriteLine($"  {name,-76}{seconds,8:0.000} s{seconds / total,6:P0}");

    private static string OneLine(string sql, int max)
    {
        var line = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length > max ? line[..max] + "..." : line;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0.#} MB";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
