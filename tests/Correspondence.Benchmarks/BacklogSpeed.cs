using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Correspondence.Benchmarks;

/// <summary>
/// `backlog --db FILE [--requests 100]`: starts the built web app (Release) as its own process on a database made by
/// `correspondence seed`, signs in, and times requests to the dashboard (cache off, then the default 30 s cache), the
/// caseworker queue and the review page. Times are taken at the client over loopback, so they include Kestrel and HTTP: an upper
/// bound on server time. The server's resident memory is read from /proc before and after each phase.
/// </summary>
internal static partial class BacklogSpeed
{
    private const string Email = "bench@correspondence.local", Password = "Benchmark-password-2026";

    public static async Task<int> RunAsync(string[] args, string repoRoot)
    {
        var named = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2) named[args[i].TrimStart('-')] = args[i + 1];
        if (!named.TryGetValue("db", out var db) || !File.Exists(db))
        {
            Console.Error.WriteLine("usage: backlog --db PATH-TO-SEEDED.sqlite [--requests 100]   (seed it first: correspondence seed --messages 1000000)");
            return 2;
        }
        var requests = int.Parse(named.GetValueOrDefault("requests", "100"), System.Globalization.CultureInfo.InvariantCulture);
        // Uncached dashboard requests cost seconds on a loaded machine; --uncached-requests keeps that phase short.
        var uncached = int.Parse(named.GetValueOrDefault("uncached-requests", requests.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
        var web = Path.Combine(repoRoot, "src", "Correspondence.Web", "bin", "Release", "net10.0", "Correspondence.Web.dll");
        if (!File.Exists(web)) { Console.Error.WriteLine($"build the web app first: dotnet build -c Release ({web} not found)"); return 2; }

        foreach (var cacheSeconds in new[] { 0, 30 })
        {
            var port = FreePort();
            using var server = StartServer(web, db, port, cacheSeconds);
            try
            {
                using var client = await SignInAsync(port, server);
                Console.WriteLine($"--- server with Backlog:CacheSeconds={cacheSeconds} (pid {server.Id}) ---");
                var n = cacheSeconds == 0 ? uncached : requests;
                await MeasureAsync(client, server, "dashboard /Backlog (last 4 weeks)", "/Backlog", n);
                await MeasureAsync(client, server, "dashboard /Backlog, topic filter", "/Backlog?Form.Topic=ukraine", n);
                await MeasureAsync(client, server, "weekly report", "/Backlog/Weekly", n);
                if (cacheSeconds == 0)
                {
                    await MeasureAsync(client, server, "queue / (Drafted)", "/", requests);
                    await MeasureAsync(client, server, "queue /?status=Sent", "/?status=Sent", requests);
                    await MeasureAsync(client, server, "queue / topic filter", "/?topic=ukraine", requests);
                    // The review page for each of the first page's drafts in turn (a caseworker working down the queue).
                    var ids = ReviewLink().Matches(await client.GetStringAsync("/")).Select(m => m.Groups[1].Value).Distinct().ToArray();
                    if (ids.Length == 0) throw new InvalidOperationException("the queue shows no drafts to review: seed the database first");
                    await MeasureAsync(client, server, $"review /Review/{{id}} ({ids.Length} drafts)", ids.Select(id => $"/Review/{id}").ToArray(), requests);
                }
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
        return 0;
    }

    private static Task MeasureAsync(HttpClient client, Process server, string name, string path, int requests) =>
        MeasureAsync(client, server, name, [path], requests);

    private static async Task MeasureAsync(HttpClient client, Process server, string name, string[] paths, int requests)
    {
        for (var i = 0; i < 5; i++) await GetAsync(client, paths[i % paths.Length]); // JIT, query compilation, page cache
        var rssBefore = Rss(server.Id);
        var cpuBefore = CpuMs(server.Id);
        var loadBefore = LoadAverage();
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            await GetAsync(client, paths[i % paths.Length]);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var rssAfter = Rss(server.Id);
        var cpuPerRequest = (CpuMs(server.Id) - cpuBefore) / requests;
        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"{name,-40} n={requests} p50 {P(0.5),7:0.0} ms  p95 {P(0.95),7:0.0} ms  max {times[^1],7:0.0} ms  server CPU {cpuPerRequest,6:0.0} ms/request  " +
            $"server RSS {rssBefore / 1048576.0:0} -> {rssAfter / 1048576.0:0} MB  load {loadBefore} -> {LoadAverage()}");
    }

    /// <summary>The 1-minute load average: the machine is shared, so wall times need it beside them.</summary>
    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync();
    }

    private static Process StartServer(string dll, string db, int port, int cacheSeconds)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        var outbox = Directory.CreateTempSubdirectory("correspondence-bench-outbox-").FullName;
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}", ["DOTNET_ENVIRONMENT"] = "Production",
            ["Database__ConnectionString"] = $"Data Source={db}", ["Jobs__Storage"] = "InMemory", ["Jobs__RunServer"] = "false",
            ["Inbox__Source"] = "None", ["Web__RunInboxWorker"] = "false", ["Sending__OutboxFolder"] = outbox,
            ["Demo__Enabled"] = "true", ["Demo__Email"] = Email, ["Demo__Password"] = Password,
            ["Backlog__CacheSeconds"] = cacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Office__MpName"] = "Benchmark MP", ["Office__Constituency"] = "Benchmark", ["Office__FromName"] = "Benchmark office",
            ["Office__FromAddress"] = "office@bench.example.org",
        }) start.Environment[k] = v;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<HttpClient> SignInAsync(int port, Process server)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        string? login = null;
        for (var tries = 0; login is null; tries++)
        {
            try { login = await client.GetStringAsync("/Account/Login"); }
            catch (HttpRequestException) when (tries < 240 && !server.HasExited) { await Task.Delay(500); }
        }
        var token = Token().Match(login).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = Email, ["Password"] = Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    private static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The server's user + system CPU time: on a shared, loaded machine a fairer cost than wall time.</summary>
    private static double CpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return ticks * 10.0; // USER_HZ is 100 on Linux
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"/Review/([0-9]+)\"")]
    private static partial Regex ReviewLink();
}
