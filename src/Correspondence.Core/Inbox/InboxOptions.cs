using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Inbox;

public enum InboxSource { DropFolder, Imap, None }

public enum MailSecurity { None, SslOnConnect, StartTls, Auto }

public enum MailAuth { Password, OAuth2 }

/// <summary>Settings section "Inbox".</summary>
public sealed class InboxOptions : IValidatableObject
{
    public const string Section = "Inbox";

    public InboxSource Source { get; set; } = InboxSource.DropFolder;

    /// <summary>Where .eml files are dropped; each is moved to processed/ or failed/ beside it.</summary>
    public string DropFolder { get; set; } = "data/inbox";

    /// <summary>Drop folder: how often to look. IMAP without IDLE: how often to poll.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    /// <summary>IDLE is re-issued at least this often (RFC 2177 servers may drop an IDLE after 30 minutes).</summary>
    [Range(1, 29)]
    public int IdleMinutes { get; set; } = 9;

    public List<ImapMailboxOptions> Mailboxes { get; set; } = [];

    [Range(1, 500)] public int MaxMessageMegabytes { get; set; } = 25;
    [Range(0, 100)] public int MaxStoredAttachmentMegabytes { get; set; } = 5;
    [Range(10, 10_000)] public int MaxMimeParts { get; set; } = 500;
    [Range(4, 256)] public int MaxMimeDepth { get; set; } = 32;

    public MailLimits Limits => new(MaxMessageMegabytes * 1024L * 1024, MaxStoredAttachmentMegabytes * 1024L * 1024, MaxMimeParts, MaxMimeDepth);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Source != InboxSource.Imap) yield break;
        if (Mailboxes.Count == 0)
            yield return new ValidationResult("Inbox:Source is Imap but Inbox:Mailboxes is empty; add at least one mailbox (Host, Username, ...).");
        foreach (var (mailbox, i) in Mailboxes.Select((m, i) => (m, i)))
            foreach (var problem in mailbox.Problems())
                yield return new ValidationResult($"Inbox:Mailboxes:{i} ({mailbox.DisplayName}): {problem}");
        foreach (var duplicate in Mailboxes.GroupBy(m => m.Key).Where(g => g.Count() > 1))
            yield return new ValidationResult($"Inbox:Mailboxes lists {duplicate.Key} more than once.");
    }

    internal static bool IsLoopback(string host) =>
        host is "localhost" || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}

/// <summary>One IMAP mailbox to read: where, how to sign in, which folder, and what to do after storing.</summary>
public sealed class ImapMailboxOptions : IMailServerTrustSettings
{
    /// <summary>A short name for logs and the UI; defaults to user@host/folder.</summary>
    public string Name { get; set; } = "";
    public string Host { get; set; } = "";
    public int Port { get; set; } = 993;
    public MailSecurity Security { get; set; } = MailSecurity.SslOnConnect;
    public MailAuth Auth { get; set; } = MailAuth.Password;
    public string Username { get; set; } = "";
    /// <summary>Never logged. Prefer an environment variable or a secret store over the settings file.</summary>
    public string Password { get; set; } = "";
    public OAuth2Options OAuth2 { get; set; } = new();
    public string Folder { get; set; } = "INBOX";
    public int BatchSize { get; set; } = 500;
    /// <summary>After storing, set \Seen on the message in the mailbox.</summary>
    public bool MarkSeen { get; set; }
    /// <summary>After storing, move the message to this folder (empty: leave it where it is).</summary>
    public string MoveToFolder { get; set; } = "";

    /// <summary>
    /// A server whose certificate the system does not trust is refused before sign-in. For a server with a private CA:
    /// the CA's certificate(s) as a PEM file (relative paths resolve against the app root); the chain must end at one of
    /// them and the host name must still match.
    /// </summary>
    public string? TrustedCaFile { get; set; }

    /// <summary>
    /// Or pin the server's own certificate: SHA-256 fingerprints (64 hex digits, colons allowed, e.g. from
    /// <c>openssl x509 -noout -fingerprint -sha256</c>). A pinned certificate is accepted whatever its chain or name.
    /// </summary>
    public List<string> TrustedCertificateSha256 { get; set; } = [];

    public string DisplayName => Name.Length > 0 ? Name : $"{Username}@{Host}/{Folder}";

    /// <summary>The stored mailbox key: stable across renames of <see cref="Name"/>.</summary>
    public string Key => $"imap:{Username}@{Host}/{Folder}";

    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Host)) yield return "Host is required";
        if (Port is < 1 or > 65535) yield return "Port must be 1-65535";
        if (string.IsNullOrWhiteSpace(Username)) yield return "Username is required";
        if (Security == MailSecurity.None && !InboxOptions.IsLoopback(Host))
            yield return "Security None (plain text) is only allowed to a loopback host; use SslOnConnect or StartTls";
        if (BatchSize is < 1 or > 5000) yield return "BatchSize must be 1-5000";
        if (Auth == MailAuth.OAuth2 && (string.IsNullOrWhiteSpace(OAuth2.TokenEndpoint) || string.IsNullOrWhiteSpace(OAuth2.ClientId)))
            yield return "Auth OAuth2 needs OAuth2:TokenEndpoint and OAuth2:ClientId (and ClientSecret)";
        foreach (var problem in MailCertificateTrust.Validate(this, ""))
            yield return problem;
    }
}

/// <summary>OAuth2 client-credentials settings, e.g. for Microsoft 365 (scope https://outlook.office365.com/.default).</summary>
public sealed class OAuth2Options
{
    public string TokenEndpoint { get; set; } = "";
    public string ClientId { get; set; } = "";
    /// <summary>Never logged.</summary>
    public string ClientSecret { get; set; } = "";
    public string Scope { get; set; } = "https://outlook.office365.com/.default";
}
