using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Correspondence.IntegrationTests.Support;

/// <summary>
/// A throwaway Dovecot IMAP server on a free loopback port, configured entirely under a temp directory
/// (never /etc/dovecot, never /var). Modelled on shared/recipes/dovecot/start-dovecot.sh.
/// Works as root (helpers run as dovecot/dovenull, mail is owned by nobody) and unprivileged
/// (everything runs as the calling user, no chroot).
/// Use as an xunit fixture (IAsyncLifetime) or directly: <c>await using var imap = await DovecotServer.StartAsync();</c>
/// Mailboxes: INBOX, Sent (\Sent), Drafts (\Drafts).
/// With a <see cref="Certificate"/> it speaks TLS only (<c>ssl = required</c>): STARTTLS on <see cref="Port"/> and
/// implicit TLS (IMAPS) on <see cref="ImapsPort"/>; no sign-in is accepted before TLS.
/// </summary>
public sealed class DovecotServer : IAsyncLifetime, IAsyncDisposable
{
    public const string DovecotPath = "/usr/sbin/dovecot";
    public const string NotInstalledMessage = "dovecot-imapd is not installed: run scripts/install-test-deps.sh as root";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static long _fileCounter;

    private readonly StringBuilder _output = new();
    private Process? _process;
    private bool _isRoot;
    private int _mailUid;
    private int _mailGid;

    public string Host { get; } = "127.0.0.1";
    public int Port { get; private set; }
    public string User { get; }
    public string Password { get; }
    /// <summary>Everything of this instance lives here: dovecot.conf, users, dovecot.log, run/, state/, mail/.</summary>
    public string Root { get; }
    /// <summary>The Maildir of <see cref="User"/>; INBOX is its root (cur/new/tmp), other folders are .Sent, .Drafts.</summary>
    public string Maildir => Path.Combine(Root, "mail", User, "Maildir");
    public string LogPath => Path.Combine(Root, "dovecot.log");
    /// <summary>The dovecot master's pid while running (its children are its own helpers).</summary>
    /// <summary>When set before start, XOAUTH2/OAUTHBEARER are accepted and tokens checked at this RFC 7662 introspection URL.</summary>
    public string? OAuth2IntrospectionUrl { get; init; }

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>When set before start (with its private key): TLS required, STARTTLS on Port, IMAPS on ImapsPort.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>The implicit-TLS (IMAPS) port when a <see cref="Certificate"/> is set; 0 otherwise.</summary>
    public int ImapsPort { get; private set; }

    public DovecotServer() : this("office", "secret") { }

    public DovecotServer(string user, string password)
    {
        User = user;
        Password = password;
        Root = Directory.CreateTempSubdirectory("dovecot-it-").FullName;
    }

    /// <summary>Creates and starts a server; dispose it to stop it and delete its directory.</summary>
    public static async Task<DovecotServer> StartAsync(string user = "office", string password = "secret", string? oauth2IntrospectionUrl = null,
        X509Certificate2? certificate = null)
    {
        var server = new DovecotServer(user, password) { OAuth2IntrospectionUrl = oauth2IntrospectionUrl, Certificate = certificate };
        try
        {
            await server.InitializeAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task InitializeAsync()
    {
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("DovecotServer runs /usr/sbin/dovecot and needs Linux.");
        if (!File.Exists(DovecotPath))
            throw new InvalidOperationException(NotInstalledMessage);
        if (_process is not null) return;

        _isRoot = geteuid() == 0;
        string loginUser, internalUser;
        if (_isRoot)
        {
            // Helpers run as Dovecot's own users; mail is accessed as nobody (the userdb may not return uid 0).
            loginUser = "dovenull";
            internalUser = "dovecot";
            (_mailUid, _mailGid) = PasswdEntry("nobody") ?? (65534, 65534);
        }
        else
        {
            // Unprivileged: everything runs as the calling user, no chroot, no setuid.
            loginUser = internalUser = Environment.UserName;
            (_mailUid, _mailGid) = ((int)geteuid(), (int)getegid());
        }
        var internalGid = PasswdEntry(internalUser)?.Gid ?? _mailGid;
        var internalGroup = GroupName(internalGid) ?? internalUser;

        // CreateTempSubdirectory makes 0700 dirs; the auth process (user dovecot) must read `users`
        // and the imap process (user nobody) must reach mail/, so the tree is opened up to 0755.
        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                   | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(Root, open);
        foreach (var sub in new[] { "run", "state", Path.Combine("mail", User), Maildir, Path.Combine(Maildir, "cur"), Path.Combine(Maildir, "new"), Path.Combine(Maildir, "tmp") })
        {
            var path = Path.Combine(Root, sub);
            Directory.CreateDirectory(path);
        }
        foreach (var path in new[] { Path.Combine(Root, "run"), Path.Combine(Root, "state"), Path.Combine(Root, "mail") })
            File.SetUnixFileMode(path, open);

        var usersFile = Path.Combine(Root, "users");
        await File.WriteAllTextAsync(usersFile, $"{User}:{Password}\n");
        File.SetUnixFileMode(usersFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        ChownTree(Path.Combine(Root, "mail"));

        Port = FreePort();
        if (Certificate is not null)
        {
            ImapsPort = FreePort();
            // Read by the config process (root, or the calling user) at start; the key stays private to the owner.
            await File.WriteAllTextAsync(Path.Combine(Root, "cert.pem"), Certificate.ExportCertificatePem());
            var keyPath = Path.Combine(Root, "key.pem");
            await File.WriteAllTextAsync(keyPath, Certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var confPath = Path.Combine(Root, "dovecot.conf");
        await File.WriteAllTextAsync(confPath, Config(loginUser, internalUser, internalGroup));

        var start = new ProcessStartInfo(DovecotPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-F");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(confPath);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        if (!process.Start()) throw new InvalidOperationException($"{DovecotPath} did not start");
        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var until = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"dovecot exited with code {process.ExitCode} before listening on {Host}:{Port}.\n{Diagnostics()}");
            if (await AcceptsAsync()) return;
            if (until.Elapsed > StartTimeout)
                throw new TimeoutException($"dovecot did not accept connections on {Host}:{Port} within {StartTimeout.TotalSeconds:0} s.\n{Diagnostics()}");
            await Task.Delay(25);
        }
    }

    /// <summary>
    /// Puts raw messages into INBOX, byte for byte, by writing Maildir files (tmp/ then rename into new/;
    /// chowned to nobody when running as root). Dovecot picks them up on the next SELECT/NOOP/STATUS and
    /// assigns UIDs in file-name order, which follows the order given here.
    /// Why not IMAP APPEND/MULTIAPPEND through MailKit: IAppendRequest takes a MimeMessage, so hostile bytes
    /// would be parsed and re-serialised by MimeKit first (or not parse at all), and Dovecot refuses some of
    /// them outright (a 0-byte message; NUL bytes in a non-BINARY literal). Maildir files keep the exact bytes
    /// and are faster (500 messages in a few ms instead of one round trip per chunk).
    /// Use <see cref="AppendOverImapAsync"/> when going through the IMAP APPEND path is the point.
    /// </summary>
    public Task AppendAsync(IEnumerable<byte[]> rawMessages)
    {
        ArgumentNullException.ThrowIfNull(rawMessages);
        var tmp = Path.Combine(Maildir, "tmp");
        var @new = Path.Combine(Maildir, "new");
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var pid = Environment.ProcessId;
        foreach (var raw in rawMessages)
        {
            // Unique and sortable: Dovecot gives new/ files UIDs in file-name order.
            var n = Interlocked.Increment(ref _fileCounter);
            var name = $"{seconds}.M{n:D9}P{pid}.correspondence-it";
            var tmpPath = Path.Combine(tmp, name);
            File.WriteAllBytes(tmpPath, raw); // synchronous: many small files, async file I/O only adds overhead
            if (_isRoot) Chown(tmpPath);
            File.Move(tmpPath, Path.Combine(@new, name));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Appends parsed messages to INBOX over IMAP (MULTIAPPEND, chunks of 500). The server re-numbers and
    /// stores what MimeKit serialises, not the original bytes; see <see cref="AppendAsync"/>.
    /// </summary>
    public async Task AppendOverImapAsync(IEnumerable<MimeMessage> messages, CancellationToken cancellationToken = default)
    {
        using var client = await ConnectAsync(cancellationToken);
        foreach (var chunk in messages.Chunk(500))
        {
            var requests = chunk.Select(m => (IAppendRequest)new AppendRequest(m, MessageFlags.None)).ToList();
            await client.Inbox.AppendAsync(requests, cancellationToken);
        }
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>
    /// A connected, authenticated MailKit client (plain text, PLAIN/LOGIN auth; STARTTLS trusting exactly this server's
    /// certificate when it has one). The caller disposes it.
    /// </summary>
    public async Task<ImapClient> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var client = new ImapClient();
        try
        {
            if (Certificate is { } own)
                client.ServerCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetRawCertData().AsSpan().SequenceEqual(own.RawData);
            await client.ConnectAsync(Host, Port, Certificate is null ? SecureSocketOptions.None : SecureSocketOptions.StartTls, cancellationToken);
            await client.AuthenticateAsync(User, Password, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Empties INBOX and makes Dovecot give it a new UIDVALIDITY, as when a provider restores or rebuilds a mailbox:
    /// messages appended afterwards come back with UIDs from 1 under a different UIDVALIDITY.
    /// Done on disk: the messages, INBOX's dovecot-uidlist and its index files (and the mailbox-list index that
    /// caches STATUS) are removed; Dovecot rebuilds them on the next access and takes the next value from the
    /// dovecot-uidvalidity files, which are kept, so the new UIDVALIDITY is strictly greater even within the same second.
    /// IMAP clients should be disconnected (or at least have INBOX closed) first: an imap process that has
    /// INBOX selected while its index disappears logs errors and may send BYE.
    /// </summary>
    public Task RecreateInboxAsync()
    {
        foreach (var sub in new[] { "cur", "new", "tmp" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Maildir, sub)))
                File.Delete(file);
        foreach (var file in Directory.EnumerateFiles(Maildir))
        {
            var name = Path.GetFileName(file);
            if (name == "dovecot-uidlist" || name.StartsWith("dovecot.index", StringComparison.Ordinal)
                || name.StartsWith("dovecot.list.index", StringComparison.Ordinal))
                File.Delete(file);
        }
        return Task.CompletedTask;
    }

    /// <summary>Dovecot's log lines of successful sign-ins ("imap-login: Login: user=&lt;office&gt;, method=PLAIN, ..., TLS, ...").</summary>
    public IReadOnlyList<string> Logins() =>
        File.Exists(LogPath) ? File.ReadAllLines(LogPath).Where(l => l.Contains("Login: user=<", StringComparison.Ordinal)).ToList() : [];

    /// <summary>The dovecot log and its stdout/stderr, for failure messages.</summary>
    public string Diagnostics()
    {
        var text = new StringBuilder();
        try { if (File.Exists(LogPath)) text.Append("--- dovecot.log ---\n").Append(File.ReadAllText(LogPath)); }
        catch (IOException e) { text.Append("(dovecot.log unreadable: ").Append(e.Message).Append(")\n"); }
        lock (_output) if (_output.Length > 0) text.Append("--- dovecot stdout/stderr ---\n").Append(_output);
        return text.ToString();
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Stops dovecot (kills the master and its helpers), waits for it to exit, deletes the directory.</summary>
    public async ValueTask DisposeAsync()
    {
        var process = _process;
        _process = null;
        if (process is not null)
        {
            try
            {
                if (!process.HasExited)
                {
                    // SIGKILL to the master and every helper it forked (log, config, anvil, auth, imap-login, imap).
                    // A SIGTERM shutdown is graceful but took ~2 s here; nothing of a throwaway instance needs saving.
                    process.Kill(entireProcessTree: true);
                    using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await process.WaitForExitAsync(patience.Token);
                }
            }
            catch (InvalidOperationException) { /* already gone */ }
            finally { process.Dispose(); }
        }
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a helper may still be closing a file; the temp dir is only litter */ }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Dovecot's oauth2 passdb, asking the test's introspection endpoint whether a token is active.</summary>
    private string OAuth2PassDb()
    {
        if (OAuth2IntrospectionUrl is null) return "";
        var ext = Path.Combine(Root, "oauth2.conf.ext");
        File.WriteAllText(ext, $"introspection_url = {OAuth2IntrospectionUrl}\nintrospection_mode = post\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n");
        // The auth process reads it as the "dovecot" user when the server runs as root.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(ext, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return $"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {ext}\n}}";
    }

    /// <summary>Plain text by default (the tests that do not care about TLS); with a certificate, TLS before any sign-in.</summary>
    private string TlsSettings() => Certificate is null
        ? "ssl = no\ndisable_plaintext_auth = no"
        : $"ssl = required\nssl_cert = <{Root}/cert.pem\nssl_key = <{Root}/key.pem\ndisable_plaintext_auth = yes";

    private string Config(string loginUser, string internalUser, string internalGroup)
    {
        var config = $$"""
            # Throwaway test config written by DovecotServer: never reads /etc/dovecot, never writes /var.
            instance_name = imap-test-{{Port}}
            base_dir = {{Root}}/run
            state_dir = {{Root}}/state
            protocols = imap
            listen = 127.0.0.1
            {{TlsSettings()}}
            auth_mechanisms = plain login{{(OAuth2IntrospectionUrl is null ? "" : " xoauth2 oauthbearer")}}
            log_path = {{LogPath}}
            default_login_user = {{loginUser}}
            default_internal_user = {{internalUser}}
            default_internal_group = {{internalGroup}}
            first_valid_uid = 1
            mail_location = maildir:{{Root}}/mail/%u/Maildir
            namespace inbox {
              inbox = yes
              separator = /
              mailbox Sent {
                auto = subscribe
                special_use = \Sent
              }
              mailbox Drafts {
                auto = subscribe
                special_use = \Drafts
              }
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{Root}}/users
            }
            {{OAuth2PassDb()}}
            userdb {
              driver = static
              args = uid={{_mailUid}} gid={{_mailGid}} home={{Root}}/mail/%u
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                {{(Certificate is null ? "port = 0" : $"address = 127.0.0.1\n    port = {ImapsPort}\n    ssl = yes")}}
              }
            }

            """;
        if (!_isRoot)
            config += """
                # Unprivileged: dovecot must not try to chroot.
                service anvil {
                  chroot =
                }
                service imap-login {
                  chroot =
                }

                """;
        return config;
    }

    private async Task<bool> AcceptsAsync()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await socket.ConnectAsync(IPAddress.Parse(Host), Port, attempt.Token);
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

    private void ChownTree(string root)
    {
        if (!_isRoot) return;
        Chown(root);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            Chown(entry);
    }

    private void Chown(string path)
    {
        if (chown(path, _mailUid, _mailGid) != 0)
            throw new IOException($"chown {_mailUid}:{_mailGid} {path} failed (errno {Marshal.GetLastPInvokeError()})");
    }

    private static (int Uid, int Gid)? PasswdEntry(string user)
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/passwd"))
            {
                var f = line.Split(':');
                if (f.Length > 3 && f[0] == user && int.TryParse(f[2], out var uid) && int.TryParse(f[3], out var gid))
                    return (uid, gid);
            }
        }
        catch (IOException) { }
        return null;
    }

    private static string? GroupName(int gid)
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/group"))
            {
                var f = line.Split(':');
                if (f.Length > 2 && int.TryParse(f[2], out var g) && g == gid) return f[0];
            }
        }
        catch (IOException) { }
        return null;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();

    [DllImport("libc", SetLastError = true)]
    private static extern uint getegid();

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int chown(string path, int owner, int group);
}
