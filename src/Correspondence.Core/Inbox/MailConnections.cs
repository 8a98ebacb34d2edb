using MailKit.Net.Imap;
using MailKit.Security;

namespace Correspondence.Core.Inbox;

/// <summary>Opens authenticated IMAP connections from settings; the one place that knows TLS modes and credentials.</summary>
public static class MailConnections
{
    public static SecureSocketOptions ToSocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.Auto,
    };

    public static async Task<ImapClient> ConnectImapAsync(ImapMailboxOptions mailbox, IOAuth2TokenProvider tokens, CancellationToken ct)
    {
        var client = new ImapClient { Timeout = 60_000 };
        try
        {
            var trust = new MailCertificateTrust(mailbox);
            if (!trust.SystemOnly) client.ServerCertificateValidationCallback = trust.Accept;
            try
            {
                // StartTls means required: MailKit fails when the server does not offer STARTTLS, never signs in in plain text.
                await client.ConnectAsync(mailbox.Host, mailbox.Port, ToSocketOptions(mailbox.Security), ct);
            }
            catch (Exception ex) when (Refusal(ex, mailbox) is { } refused)
            {
                throw refused;
            }
            if (mailbox.Auth == MailAuth.OAuth2)
                await client.AuthenticateAsync(new SaslMechanismOAuth2(mailbox.Username, await tokens.GetAccessTokenAsync(mailbox, ct)), ct);
            else
                await client.AuthenticateAsync(mailbox.Username, mailbox.Password, ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>A connection given up before sign-in, in words that say what to change (and never the credentials).</summary>
    private static IOException? Refusal(Exception ex, ImapMailboxOptions mailbox) => ex switch
    {
        SslHandshakeException => new IOException(
            $"The IMAP server {mailbox.Host}:{mailbox.Port} ({mailbox.DisplayName}) did not present a certificate we trust, so we did not sign in: " +
            $"{ex.Message.Split('\n')[0].Trim()} If the server is yours, trust its CA with the mailbox's TrustedCaFile setting " +
            "or pin its certificate with TrustedCertificateSha256 (Inbox:Mailboxes:N:...).", ex),
        NotSupportedException when mailbox.Security == MailSecurity.StartTls => new IOException(
            $"The IMAP server {mailbox.Host}:{mailbox.Port} ({mailbox.DisplayName}) does not offer STARTTLS, which Security StartTls requires; we did not sign in in plain text ({ex.Message}).", ex),
        _ => null,
    };
}
