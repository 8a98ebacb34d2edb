using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Correspondence.IntegrationTests.Support;

/// <summary>
/// The real Correspondence.Worker host as a separate OS process: <c>dotnet Correspondence.Worker.dll</c>, configured only
/// through environment variables (Section__Key) on top of its appsettings.json, its stdout and stderr appended to a log
/// file. <see cref="KillAsync"/> is a real SIGKILL of the process (and anything it started), not a cancellation.
/// The worker is built by the test project (a ProjectReference with ReferenceOutputAssembly="false"), in the same
/// configuration as the tests.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private const string WorkerName = "Correspondence.Worker";
    private static readonly Lazy<string> _dll = new(() => FindBuiltDll(WorkerName, WorkerName));

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Stopwatch _uptime = Stopwatch.StartNew();

    private WorkerProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    /// <summary>src/Correspondence.Worker/bin/&lt;Configuration&gt;/net10.0/Correspondence.Worker.dll in this clone.</summary>
    public static string WorkerDll => _dll.Value;

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    /// <summary>Time since <see cref="Start"/> launched the process.</summary>
    public TimeSpan Uptime => _uptime.Elapsed;

    /// <summary>
    /// Starts the worker with exactly these settings (configuration keys such as "Inbox:Mailboxes:0:Host", passed as
    /// Inbox__Mailboxes__0__Host) and DOTNET_ENVIRONMENT=<paramref name="environment"/>. Every inherited environment
    /// variable that .NET configuration would read as a setting is removed first, so nothing from the developer's
    /// shell (an exported Database__ConnectionString, DOTNET_ENVIRONMENT=Development, ...) changes them.
    /// </summary>
    public static WorkerProcess Start(IReadOnlyDictionary<string, string?> settings, string workingDirectory, string logPath,
        string label, string environment = "Production") =>
        StartHost(WorkerDll, settings, workingDirectory, logPath, label, environment);

    /// <summary>src/Correspondence.Web/bin/&lt;Configuration&gt;/net10.0/Correspondence.Web.dll: a web node (with its job server) as a process.</summary>
    public static string WebDll => FindBuiltDll("Correspondence.Web", "Correspondence.Web");

    /// <summary>As <see cref="Start"/>, for any host built beside the tests (e.g. <see cref="WebDll"/>, a node that runs the send jobs).</summary>
    public static WorkerProcess StartHost(string dll, IReadOnlyDictionary<string, string?> settings, string workingDirectory, string logPath,
        string label, string environment = "Production")
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);

        IsolateEnvironment(start, Path.GetDirectoryName(dll)!);
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        // No first-run banners or telemetry noise in the log.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), Encoding.UTF8) { AutoFlush = true };
        void Write(string line)
        {
            lock (log) log.WriteLine(line);
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Write(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Write("[stderr] " + e.Data); };
        try
        {
            Write($"===== {label}: {start.FileName} {dll} (started {DateTime.UtcNow:HH:mm:ss.fff} UTC)");
            if (!process.Start()) throw new InvalidOperationException($"{start.FileName} {dll} did not start");
        }
        catch
        {
            process.Dispose();
            log.Dispose();
            throw;
        }
        Write($"===== {label}: pid {process.Id}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process, log);
    }

    /// <summary>SIGKILL to the worker and its whole process tree, then waits until it has exited.</summary>
    public async Task KillAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { /* exited in the meantime */ }
        await WaitForExitAsync(TimeSpan.FromSeconds(15), "after SIGKILL");
        Note($"killed (SIGKILL) after {Uptime.TotalMilliseconds:0} ms");
    }

    /// <summary>A normal shutdown (SIGTERM, as systemd or docker stop sends); SIGKILL if it has not exited within <paramref name="patience"/>.</summary>
    public async Task StopAsync(TimeSpan patience)
    {
        if (!_process.HasExited && sys_kill(_process.Id, SIGTERM) != 0)
            Note($"SIGTERM failed (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            await WaitForExitAsync(patience, "after SIGTERM");
            Note($"stopped (SIGTERM), exit code {_process.ExitCode}");
        }
        catch (TimeoutException)
        {
            Note($"did not stop within {patience.TotalSeconds:0} s of SIGTERM; killing it");
            await KillAsync();
        }
    }

    /// <summary>Kills the worker if it is still running (a test that failed half-way must not leave it behind).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) await KillAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException) { /* best effort */ }
        finally
        {
            _process.Dispose();
            lock (_log) _log.Dispose();
        }
    }

    /// <summary>The whole log file, or its last <paramref name="maxChars"/> characters; readable while workers write to it.</summary>
    public static string ReadLog(string logPath, int maxChars = 60_000)
    {
        try
        {
            using var stream = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var text = new StreamReader(stream, Encoding.UTF8).ReadToEnd();
            return text.Length <= maxChars ? text : $"... ({text.Length - maxChars} characters left out) ...\n" + text[^maxChars..];
        }
        catch (IOException e)
        {
            return $"(worker log {logPath} unreadable: {e.Message})";
        }
    }

    /// <summary>Waits until the worker has exited (by itself) and its output is all in the log; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        await WaitForExitAsync(patience, "");
        return _process.ExitCode;
    }

    private async Task WaitForExitAsync(TimeSpan patience, string when)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            // Also waits for the redirected stdout/stderr to reach end of file, so the log is complete.
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"worker pid {_process.Id} had not exited within {patience.TotalSeconds:0} s {when}".TrimEnd());
        }
    }

    private void Note(string text)
    {
        lock (_log) _log.WriteLine($"===== pid {_process.Id}: {text}");
    }

    /// <summary>
    /// Would .NET configuration read this inherited variable as a setting? Section__Key (or Section:Key) names, a
    /// top-level section of the worker's appsettings.json on its own, and DOTNET_/ASPNETCORE_ variables (the host reads
    /// DOTNET_ ones, prefix removed: DOTNET_ENVIRONMENT, DOTNET_CONTENTROOT, ...). DOTNET_ROOT* only locates the runtime.
    /// </summary>
    private static bool IsConfiguration(string name, IReadOnlySet<string> sections) =>
        name.Contains("__", StringComparison.Ordinal)
        || name.Contains(':', StringComparison.Ordinal)
        || sections.Contains(name)
        || (name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("DOTNET_ROOT", StringComparison.OrdinalIgnoreCase))
        || name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes every inherited variable .NET configuration would read as a setting of the host in <paramref name="hostFolder"/>.</summary>
    public static void IsolateEnvironment(ProcessStartInfo start, string hostFolder)
    {
        var sections = SettingsSections(hostFolder);
        foreach (var name in start.Environment.Keys.ToList())
            if (IsConfiguration(name, sections))
                start.Environment.Remove(name);
    }

    private static HashSet<string> SettingsSections(string workerFolder)
    {
        var sections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var path = Path.Combine(workerFolder, "appsettings.json");
        if (!File.Exists(path)) return sections;
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        foreach (var property in json.RootElement.EnumerateObject())
            sections.Add(property.Name);
        return sections;
    }

    /// <summary>The dotnet muxer running these tests (not whichever `dotnet` comes first on PATH, if that can be told).</summary>
    public static string DotnetHost()
    {
        var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromCli) && File.Exists(fromCli)) return fromCli;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, exe);
            if (File.Exists(candidate)) return candidate;
        }
        return exe;
    }

    /// <summary>A host built beside these tests: src/PROJECT/bin/CONFIGURATION/net10.0/ASSEMBLY.dll, in the tests' own configuration.</summary>
    public static string FindBuiltDll(string project, string assembly)
    {
        var testFolder = AppContext.BaseDirectory;
        var root = new DirectoryInfo(RepositoryFolder.Root);

        // .../tests/Correspondence.IntegrationTests/bin/<Configuration>/net10.0/: the worker is built alongside, in the same configuration.
        var segments = Path.TrimEndingDirectorySeparator(testFolder).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var bin = Array.LastIndexOf(segments, "bin");
        var configuration = bin >= 0 && bin + 1 < segments.Length ? segments[bin + 1] : null;
        if (configuration is not ("Debug" or "Release"))
            throw new InvalidOperationException($"Cannot tell the build configuration (Debug or Release) from the test folder {testFolder}.");

        var dll = Path.Combine(root.FullName, "src", project, "bin", configuration, "net10.0", assembly + ".dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException(
                $"{dll} is missing: build the solution first (dotnet build Correspondence.sln -c {configuration}); " +
                "the integration test project also builds it through its ProjectReference to the worker.");
        return dll;
    }

    private const int SIGTERM = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int sys_kill(int pid, int signal);
}
