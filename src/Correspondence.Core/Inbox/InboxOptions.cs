using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Inbox;

public enum InboxSource { DropFolder, Imap, None }

public enum MailSecurity { None, SslOnConnect, StartTls, Auto }

/// <summary>Settings section "Inbox".</summary>
public sealed class InboxOptions : IValidatableObject
{
    public const string Section = "Inbox";

    public InboxSource Source { get; set; } = InboxSource.DropFolder;

    /// <summary>Where .eml files are dropped; each is moved to processed/ or failed/ beside it.</summary>
    public string DropFolder { get; set; } = "data/inbox";

    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    public ImapMailboxOptions Imap { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Source == InboxSource.Imap)
        {
            if (string.IsNullOrWhiteSpace(Imap.Host))
                yield return new ValidationResult("Inbox:Imap:Host is required when Inbox:Source is Imap.");
            if (string.IsNullOrWhiteSpace(Imap.Username))
                yield return new ValidationResult("Inbox:Imap:Username is required when Inbox:Source is Imap.");
            if (Imap.Security == MailSecurity.None && !IsLoopback(Imap.Host))
                yield return new ValidationResult("Inbox:Imap:Security None (plain text) is only allowed to a loopback host; use SslOnConnect or StartTls.");
        }
    }

    internal static bool IsLoopback(string host) =>
        host is "localhost" || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}

public sealed class ImapMailboxOptions
{
    public string Host { get; set; } = "";
    [Range(1, 65535)] public int Port { get; set; } = 993;
    public MailSecurity Security { get; set; } = MailSecurity.SslOnConnect;
    public string Username { get; set; } = "";
    /// <summary>Never logged. Prefer an environment variable or a secret store over the settings file.</summary>
    public string Password { get; set; } = "";
    public string Folder { get; set; } = "INBOX";
    [Range(1, 5000)] public int BatchSize { get; set; } = 500;
    /// <summary>After storing, set \Seen on the message in the mailbox.</summary>
    public bool MarkSeen { get; set; }
    /// <summary>After storing, move the message to this folder (empty: leave it where it is).</summary>
    public string MoveToFolder { get; set; } = "";
}
