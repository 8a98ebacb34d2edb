using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Correspondence.Benchmarks;

/// <summary>
/// A throwaway Dovecot on a free loopback port, everything under a temp directory: a trimmed copy of the integration
/// tests' DovecotServer (not referenced, so the benchmark does not pull in the test project). Root or unprivileged.
/// </summary>
public sealed class Dovecot : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/dovecot";
    private readonly Process _process;
    private readonly (int Uid, int Gid)? _chownTo;

    public string Host => "127.0.0.1";
    public int Port { get; }
    public string User => "office";
    public string Password => "secret";
    public string Root { get; }
    private string Maildir => Path.Combine(Root, "mail", User, "Maildir");

    private Dovecot(string root, int port, (int, int)? chownTo, Process process)
    {
        (Root, Port, _chownTo, _process) = (root, port, chownTo, process);
        // Ctrl+C ends this process without running DisposeAsync: take dovecot down with it.
        Console.CancelKeyPress += (_, _) => { try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } };
    }

    public static async Task<Dovecot> StartAsync()
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("Dovecot runs on Linux.");
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} not found: run scripts/install-test-deps.sh as root");
        var root = Directory.CreateTempSubdirectory("dovecot-bench-").FullName;
        var isRoot = geteuid() == 0;
        // As root, helpers run as dovenull/dovecot and mail belongs to nobody; unprivileged, everything runs as us.
        var (login, internalUser) = isRoot ? ("dovenull", "dovecot") : (Environment.UserName, Environment.UserName);
        var (uid, gid) = isRoot ? Passwd("nobody") ?? (65534, 65534) : ((int)geteuid(), (int)getegid());
        var maildir = Path.Combine(root, "mail", "office", "Maildir");
        foreach (var sub in new[] { "run", "state", "cur", "new", "tmp" })
            Directory.CreateDirectory(sub is "run" or "state" ? Path.Combine(root, sub) : Path.Combine(maildir, sub));
        var open = (UnixFileMode)0b111_101_101; // 0755: the auth and imap processes run as other users
        foreach (var dir in new[] { root, Path.Combine(root, "run"), Path.Combine(root, "state"), Path.Combine(root, "mail") })
            File.SetUnixFileMode(dir, open);
        await File.WriteAllTextAsync(Path.Combine(root, "users"), "office:secret\n");
        File.SetUnixFileMode(Path.Combine(root, "users"), (UnixFileMode)0b110_100_100);
        if (isRoot)
            foreach (var path in Directory.EnumerateFileSystemEntries(Path.Combine(root, "mail"), "*", SearchOption.AllDirectories).Append(Path.Combine(root, "mail")))
                Chown(path, uid, gid);

        var port = FreePort();
        var conf = Path.Combine(root, "dovecot.conf");
        await File.WriteAllTextAsync(conf, $$"""
            instance_name = imap-bench-{{port}}
            base_dir = {{root}}/run
            state_dir = {{root}}/state
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            log_path = {{root}}/dovecot.log
            default_login_user = {{login}}
            default_internal_user = {{internalUser}}
            default_internal_group = {{Group(Passwd(internalUser)?.Gid ?? gid) ?? internalUser}}
            first_valid_uid = 1
            mail_location = maildir:{{root}}/mail/%u/Maildir
            namespace inbox {
              inbox = yes
              separator = /
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{root}}/users
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{root}}/mail/%u
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            {{(isRoot ? "" : "service anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}")}}

            """);

        // Its output is not redirected: the log goes to dovecot.log, and anything on stderr is worth seeing.
        var process = Process.Start(new ProcessStartInfo(Binary, ["-F", "-c", conf])) ?? throw new InvalidOperationException($"{Binary} did not start");
        var server = new Dovecot(root, port, isRoot ? (uid, gid) : null, process);
        var until = Stopwatch.StartNew();
        while (!await AcceptsAsync(port))
        {
            if (process.HasExited || until.Elapsed > TimeSpan.FromSeconds(10))
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"dovecot did not listen on 127.0.0.1:{port} (exit: {(process.HasExited ? process.ExitCode : "none")})");
            }
            await Task.Delay(25);
        }
        return server;
    }

    /// <summary>Writes messages straight into INBOX's Maildir (tmp/, then new/); Dovecot numbers them in file-name order.</summary>
    public void Append(IEnumerable<byte[]> messages)
    {
        var stamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var n = 0;
        foreach (var raw in messages)
        {
            var name = $"{stamp}.M{++n:D9}P{Environment.ProcessId}.bench";
            var tmp = Path.Combine(Maildir, "tmp", name);
            File.WriteAllBytes(tmp, raw);
            if (_chownTo is var (uid, gid)) Chown(tmp, uid, gid);
            File.Move(tmp, Path.Combine(Maildir, "new", name));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true); // nothing of a throwaway instance needs a graceful stop
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await socket.ConnectAsync(IPAddress.Loopback, port, attempt.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int Uid, int Gid)? Passwd(string user) =>
        File.ReadLines("/etc/passwd").Select(l => l.Split(':')).Where(f => f.Length > 3 && f[0] == user)
            .Select(f => ((int, int)?)(int.Parse(f[2]), int.Parse(f[3]))).FirstOrDefault();

    private static string? Group(int gid) =>
        File.ReadLines("/etc/group").Select(l => l.Split(':')).FirstOrDefault(f => f.Length > 2 && f[2] == gid.ToString())?[0];

    private static void Chown(string path, int uid, int gid)
    {
        if (chown(path, uid, gid) != 0) throw new IOException($"chown {uid}:{gid} {path} failed (errno {Marshal.GetLastPInvokeError()})");
    }

    [DllImport("libc", SetLastError = true)] private static extern uint geteuid();
    [DllImport("libc", SetLastError = true)] private static extern uint getegid();
    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)] private static extern int chown(string path, int owner, int group);
}
