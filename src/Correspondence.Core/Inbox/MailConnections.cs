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
            await client.ConnectAsync(mailbox.Host, mailbox.Port, ToSocketOptions(mailbox.Security), ct);
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
}
