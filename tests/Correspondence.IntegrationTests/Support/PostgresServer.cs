using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Correspondence.IntegrationTests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb into a temp folder, pg_ctl start on a free loopback port (trust auth, no fsync),
/// one database per <see cref="CreateDatabaseAsync"/>; stopped and deleted on dispose. PostgreSQL refuses to run as root,
/// so as root the server runs as the "postgres" OS user (Debian's package creates it), or "nobody" where there is none.
/// The binaries come from Debian's postgresql package (/usr/lib/postgresql/N/bin; scripts/install-test-deps.sh installs it).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string NotInstalledMessage = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run scripts/install-test-deps.sh as root";

    private readonly string _dir;
    private readonly string _bin;
    private readonly string? _runAs;

    private PostgresServer(string dir, string bin, string? runAs, int port)
    {
        _dir = dir;
        _bin = bin;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string for <paramref name="database"/> as the superuser "postgres".</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15;Command Timeout=60";

    public static string? FindBin()
    {
        if (!Directory.Exists("/usr/lib/postgresql")) return null;
        return Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(NotInstalledMessage);
        var dir = Path.Combine(Path.GetTempPath(), "correspondence-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        string? runAs = null;
        if (Environment.UserName == "root" || geteuid() == 0)
        {
            runAs = File.ReadLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal)) ? "postgres" : "nobody";
            await RunAsync("chown", null, runAs + ":", dir);
        }
        var server = new PostgresServer(dir, bin, runAs, FreePort());
        try
        {
            await server.RunPgAsync("initdb", "-D", Path.Combine(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            await server.RunPgAsync("pg_ctl", "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "postgres.log"), "-w", "-t", "30", "-o",
                $"-c listen_addresses=127.0.0.1 -p {server.Port} -k {dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start");
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>The server's own log (connections ended, errors), for a failing test's message.</summary>
    public string ReadLog()
    {
        try { return File.ReadAllText(Path.Combine(_dir, "postgres.log")); }
        catch (IOException e) { return e.Message; }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(Path.Combine(_dir, "data", "global")))
                await RunPgAsync("pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException) { /* not running */ }
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private Task RunPgAsync(string tool, params string[] args) => RunAsync(Path.Combine(_bin, tool), _runAs, args);

    private static async Task RunAsync(string program, string? runAs, params string[] args)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(runAs);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern uint geteuid();
}
