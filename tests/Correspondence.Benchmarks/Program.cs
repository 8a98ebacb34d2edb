using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Correspondence.Benchmarks;
using Correspondence.Core.Inbox;

// dotnet run -c Release --project tests/Correspondence.Benchmarks -- ingest [--messages 5000] [--runs 3] [--phase raw|path]
// Without --phase: starts Dovecot, fills INBOX, and runs each phase in a child process of its own so that each
// process's peak memory is that phase's alone. A benchmark, not a test: it exits 0 whatever the figures.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// dotnet run -c Release --project tests/Correspondence.Benchmarks -- classify   (topic model speed on one core)
if (args is ["classify"]) return ClassifySpeed.Run(FindTemplates());
// dotnet run -c Release --project tests/Correspondence.Benchmarks -- send [--replies 2000] [--workers 4]   (job path vs raw MailKit)
if (args is ["send", ..]) return await SendSpeed.RunAsync(args, FindTemplates());
// dotnet run -c Release --project tests/Correspondence.Benchmarks -- backlog --db data/seeded.db   (dashboard and queue p50/p95)
if (args is ["backlog", ..]) return await BacklogSpeed.RunAsync(args, Path.GetDirectoryName(FindTemplates())!);
// dotnet run -c Release --project tests/Correspondence.Benchmarks -- campaigns [--campaigns 5] [--copies 9000] [--individuals 5000]
if (args.Length > 0 && args[0] == "campaigns") return await CampaignBenchmark.RunAsync(args, FindTemplates());
var options = CommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: ingest [--messages 5000] [--runs 3] [--phase raw|path] [--host H --port P --user U --password W]");
    return 2;
}
_ = FindTemplates(); // fail before starting anything when templates/ is not above the binary

if (options.Phase is not null)
{
    await using var own = options.Server is null ? await Dovecot.StartAsync() : null;
    if (own is not null) own.Append(Letters.Generate(options.Messages));
    var server = options.Server ?? new Server(own!.Host, own.Port, own.User, own.Password);
    var report = options.Phase == "raw" ? await RawPhaseAsync(server, options.Runs) : await PathPhaseAsync(server, options.Runs);
    Console.WriteLine("RESULT " + JsonSerializer.Serialize(report, Json.Options));
    return 0;
}

var loadAtStart = Output.LoadAverage();
Console.WriteLine($"Generating {options.Messages:N0} letters and starting Dovecot ...");
await using var dovecot = await Dovecot.StartAsync();
dovecot.Append(Letters.Generate(options.Messages));
var imap = new Server(dovecot.Host, dovecot.Port, dovecot.User, dovecot.Password);
// One untimed pass first, so Dovecot has indexed the Maildir and both phases find it (and the page cache) warm.
var warm = await RawFetch.RunAsync(imap);
Console.WriteLine($"INBOX: {warm.Messages:N0} messages, {warm.Bytes / 1048576.0:0.0} MB (mean {warm.Bytes / 1024.0 / warm.Messages:0.0} KB); warm-up fetch {warm.Elapsed.TotalSeconds:0.00} s");

var raw = await ChildAsync("raw");
var path = await ChildAsync("path");
if (raw is null || path is null) { Console.WriteLine("a phase failed; see its output above"); return 0; }
Output.Print(options, raw, path, loadAtStart);
return 0;

async Task<Report?> ChildAsync(string phase)
{
    Console.WriteLine($"--- phase {phase} (own process) ---");
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(Program).Assembly.Location);
    foreach (var arg in new[] { "ingest", "--phase", phase, "--messages", options.Messages.ToString(), "--runs", options.Runs.ToString(),
                 "--host", imap.Host, "--port", imap.Port.ToString(), "--user", imap.User, "--password", imap.Password })
        start.ArgumentList.Add(arg);
    using var child = Process.Start(start)!;
    Report? report = null;
    while (await child.StandardOutput.ReadLineAsync() is { } line)
    {
        if (line.StartsWith("RESULT ", StringComparison.Ordinal)) report = JsonSerializer.Deserialize<Report>(line[7..], Json.Options);
        else Console.WriteLine(line);
    }
    await child.WaitForExitAsync();
    return report;
}

static async Task<Report> RawPhaseAsync(Server server, int runs)
{
    var report = new Report("raw");
    for (var run = 1; run <= runs; run++)
    {
        var (messages, bytes, elapsed) = await RawFetch.RunAsync(server);
        report.Add(elapsed.TotalSeconds, null, messages);
        report.Bytes = bytes;
        Console.WriteLine($"raw run {run}: {messages:N0} messages in {elapsed.TotalSeconds:0.000} s = {messages / elapsed.TotalSeconds:N0} msg/s");
    }
    report.Finish();
    return report;
}

static async Task<Report> PathPhaseAsync(Server server, int runs)
{
    var templates = FindTemplates();
    var report = new Report("path");
    var all = new List<WholePath.Run>();
    for (var run = 1; run <= runs; run++)
    {
        var r = await WholePath.RunAsync(server, templates);
        all.Add(r);
        report.Add(r.TotalSeconds, r.IngestSeconds, r.Stored);
        Console.WriteLine($"path run {run}: stored {r.Stored:N0} in {r.IngestSeconds:0.000} s, all moved on in {r.TotalSeconds:0.000} s " +
            $"({string.Join(", ", r.Statuses.Select(s => $"{s.Key} {s.Value}"))})");
    }
    report.Finish(); // peak memory is taken here, before the measurements below load anything more
    report.Median = all.OrderBy(r => r.TotalSeconds).ElementAt(all.Count / 2);

    // The parts that cannot be timed inside SyncAsync and ProcessAsync, measured alone on the same letters.
    var bytes = new List<byte[]>();
    var fetch = await RawFetch.RunAsync(server, bytes.Add);
    var clock = Stopwatch.StartNew();
    var now = DateTime.UtcNow;
    foreach (var b in bytes) MailParser.Parse(new MemoryStream(b), now);
    var parse = clock.Elapsed.TotalSeconds;
    var (triage, draft, drafted) = WholePath.MeasureTriageAndDrafting(server, templates, bytes);
    report.Alone = new Alone(fetch.Elapsed.TotalSeconds, parse, triage, draft, drafted);
    return report;
}

static string FindTemplates()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "templates", "policies")))
            return Path.Combine(dir.FullName, "templates");
    throw new DirectoryNotFoundException($"no templates/ folder above {AppContext.BaseDirectory}");
}

/// <summary>Command line: ingest, then --name value pairs.</summary>
internal sealed record CommandLine(int Messages, int Runs, string? Phase, Server? Server)
{
    public static CommandLine? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "ingest" || args.Length % 2 == 0) return null;
        var named = new Dictionary<string, string>();
        for (var i = 1; i < args.Length; i += 2) named[args[i].TrimStart('-')] = args[i + 1];
        var messages = int.Parse(named.GetValueOrDefault("messages", "5000"));
        var runs = int.Parse(named.GetValueOrDefault("runs", "3"));
        var phase = named.GetValueOrDefault("phase");
        if (messages < 1 || runs < 1 || phase is not (null or "raw" or "path")) return null;
        var server = named.TryGetValue("port", out var port)
            ? new Server(named.GetValueOrDefault("host", "127.0.0.1"), int.Parse(port), named.GetValueOrDefault("user", "office"), named.GetValueOrDefault("password", "secret"))
            : null;
        return new CommandLine(messages, runs, phase, server);
    }
}
