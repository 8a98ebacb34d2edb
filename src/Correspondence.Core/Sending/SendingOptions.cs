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

    /// <summary>After this many failed attempts a reply is marked Failed for a person instead of retried again.</summary>
    [Range(1, 100)] public int MaxAttempts { get; set; } = 8;

    /// <summary>A reply still "Sending" after this long is checked (Sent folder) or marked PossiblySent; never resent blindly.</summary>
    [Range(1, 1440)] public int StaleSendingMinutes { get; set; } = 15;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Transport == ReplyTransportKind.Smtp)
        {
            if (string.IsNullOrWhiteSpace(Smtp.Host))
                yield return new ValidationResult("Sending:Smtp:Host is required when Sending:Transport is Smtp.");
            if (Smtp.Security == MailSecurity.None && !InboxOptions.IsLoopback(Smtp.Host))
                yield return new ValidationResult("Sending:Smtp:Security None (plain text) is only allowed to a loopback host; use StartTls or SslOnConnect.");
        }
    }
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    [Range(1, 65535)] public int Port { get; set; } = 587;
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;
    /// <summary>Empty: no authentication (a trusted relay).</summary>
    public string Username { get; set; } = "";
    /// <summary>Never logged.</summary>
    public string Password { get; set; } = "";
}
