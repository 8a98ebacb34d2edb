using System.ComponentModel.DataAnnotations;
using Correspondence.Core.Inbox;

namespace Correspondence.Core.Sending;

public enum ReplyTransportKind { Folder, Smtp }

/// <summary>Settings section "Sending".</summary>
public sealed class SendingOptions : IValidatableObject
{
    public const string Section = "Sending";

    public ReplyTransportKind Transport { get; set; } = ReplyTransportKind.Folder;

    /// <summary>Where the Folder transport writes each reply as an .eml file.</summary>
    public string OutboxFolder { get; set; } = "data/outbox";

    public SmtpOptions Smtp { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>After this many failed attempts a reply is marked Failed for a person instead of retried again.</summary>
    [Range(1, 1000)] public int MaxAttempts { get; set; } = 8;

    /// <summary>A reply still "Sending" after this long is checked (Sent folder) or marked PossiblySent; never resent blindly.</summary>
    [Range(0.01, 1440)] public double StaleSendingMinutes { get; set; } = 15;

    /// <summary>A Queued reply whose send time passed this long ago without a send gets its job again (the job store lost it).</summary>
    [Range(0.01, 1440)] public double RequeueAfterMinutes { get; set; } = 2;

    /// <summary>First retry delay after a transient failure (4xx, network); each further retry waits three times longer, up to an hour.</summary>
    [Range(0, 3600)] public int RetryDelaySeconds { get; set; } = 10;

    /// <summary>
    /// Without a rate limit, a send job claims up to this many due replies in one transaction, sends them over one
    /// connection and records them Sent in one transaction (docs/decisions/0014). A crash after the server took some of
    /// them leaves up to this many in Sending, confirmed through the Sent folder or marked PossiblySent; 1 = one at a time.
    /// With a rate limit each reply waits for its own slot and this is not used.
    /// </summary>
    [Range(1, 100)] public int BatchSize { get; set; } = 10;

    /// <summary>The sending account the rate limit is kept for: one pace row per SMTP account (or the outbox folder).</summary>
    public string AccountKey => Transport == ReplyTransportKind.Smtp
        ? Truncate($"smtp:{Smtp.Username}@{Smtp.Host}:{Smtp.Port}")
        : "folder";

    private static string Truncate(string s) => s.Length > 200 ? s[..200] : s;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Transport == ReplyTransportKind.Smtp)
        {
            if (string.IsNullOrWhiteSpace(Smtp.Host))
                yield return new ValidationResult("Sending:Smtp:Host is required when Sending:Transport is Smtp.");
            if (Smtp.Port is < 1 or > 65535)
                yield return new ValidationResult("Sending:Smtp:Port must be 1-65535.");
            if (Smtp.Security == MailSecurity.None && !InboxOptions.IsLoopback(Smtp.Host))
                yield return new ValidationResult("Sending:Smtp:Security None (plain text) is only allowed to a loopback host; use StartTls or SslOnConnect.");
            if (Smtp.Auth == MailAuth.OAuth2 && (string.IsNullOrWhiteSpace(Smtp.Username) || string.IsNullOrWhiteSpace(Smtp.OAuth2.TokenEndpoint) || string.IsNullOrWhiteSpace(Smtp.OAuth2.ClientId)))
                yield return new ValidationResult("Sending:Smtp:Auth OAuth2 needs Sending:Smtp:Username (the mailbox sending) and Sending:Smtp:OAuth2:TokenEndpoint, ClientId and ClientSecret.");
        }
        if (Transport == ReplyTransportKind.Smtp)
            foreach (var error in MailCertificateTrust.Validate(Smtp, "Sending:Smtp:"))
                yield return new ValidationResult(error);
        if (RateLimit.PerMinute < 0 || RateLimit.PerDay < 0)
            yield return new ValidationResult("Sending:RateLimit:PerMinute and PerDay must be 0 (unlimited) or more.");
        if (RateLimit.BackoffSeconds is < 0 or > 86_400)
            yield return new ValidationResult("Sending:RateLimit:BackoffSeconds must be 0-86400.");
    }
}

public sealed class SmtpOptions : IMailServerTrustSettings
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>StartTls (587), SslOnConnect (465), Auto, or None (loopback only).</summary>
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;
    /// <summary>Password (Username + Password; an empty Username means no authentication, a trusted relay) or OAuth2 (SASL XOAUTH2).</summary>
    public MailAuth Auth { get; set; } = MailAuth.Password;
    public string Username { get; set; } = "";
    /// <summary>Never logged.</summary>
    public string Password { get; set; } = "";
    /// <summary>Client-credentials settings for Auth OAuth2 (Microsoft 365: scope https://outlook.office365.com/.default).</summary>
    public OAuth2Options OAuth2 { get; set; } = new();

    /// <summary>
    /// A relay whose certificate the system does not trust is refused. For a relay with a private CA: the CA's
    /// certificate(s) as a PEM file (relative paths resolve against the app root); the chain must end at one of them
    /// and the host name must still match.
    /// </summary>
    public string? TrustedCaFile { get; set; }

    /// <summary>
    /// Or pin the relay's own certificate: SHA-256 fingerprints (64 hex digits, colons allowed, e.g. from
    /// <c>openssl x509 -noout -fingerprint -sha256</c>). A pinned certificate is accepted whatever its chain or name.
    /// </summary>
    public List<string> TrustedCertificateSha256 { get; set; } = [];
}

/// <summary>
/// Pacing per sending account, kept in the database so every job server shares it (docs/decisions/0009).
/// Exchange Online allows about 30 messages a minute and 10,000 recipients a day; 0 = unlimited.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Replies per minute, spread evenly (one every 60/PerMinute seconds).</summary>
    public int PerMinute { get; set; } = 30;
    /// <summary>Recipients (one per reply) in any 24 hours.</summary>
    public int PerDay { get; set; } = 10_000;
    /// <summary>How long sending from this account pauses after the server answers "too many" (421, 450, 452, 4.7.x).</summary>
    public int BackoffSeconds { get; set; } = 60;

    public TimeSpan Interval => PerMinute > 0 ? TimeSpan.FromTicks(TimeSpan.TicksPerMinute / PerMinute) : TimeSpan.Zero;
    public bool Unlimited => PerMinute == 0 && PerDay == 0;
}
