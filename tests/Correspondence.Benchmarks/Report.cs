using System.Diagnostics;
using System.Text.Json;

namespace Correspondence.Benchmarks;

/// <summary>What a phase's process hands back to the parent (one JSON line).</summary>
public sealed class Report(string phase)
{
    public string Phase { get; set; } = phase;
    public List<double> Seconds { get; set; } = [];
    public List<double> IngestSeconds { get; set; } = [];
    public int Messages { get; set; }
    public long Bytes { get; set; }
    public List<long> GcHeapAfterRun { get; set; } = [];
    public List<long> WorkingSetAfterRun { get; set; } = [];
    public long PeakWorkingSet { get; set; }
    public long TotalMemory { get; set; }
    public WholePath.Run? Median { get; set; }
    public Alone? Alone { get; set; }

    public void Add(double seconds, double? ingestSeconds, int messages)
    {
        Seconds.Add(seconds);
        if (ingestSeconds is { } i) IngestSeconds.Add(i);
        Messages = messages;
        GcHeapAfterRun.Add(GC.GetGCMemoryInfo().HeapSizeBytes);
        WorkingSetAfterRun.Add(Process.GetCurrentProcess().WorkingSet64);
    }

    /// <summary>Peak working set (VmHWM on Linux) and the managed heap, after the timed runs.</summary>
    public void Finish()
    {
        PeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
        TotalMemory = GC.GetTotalMemory(forceFullCollection: false);
    }
}

/// <summary>Parts of the path timed on their own after the runs: a raw fetch, MIME parsing, triage and drafting.</summary>
public sealed record Alone(double FetchSeconds, double ParseSeconds, double TriageSeconds, double DraftSeconds, int Drafted);

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new() { IncludeFields = true };
}
