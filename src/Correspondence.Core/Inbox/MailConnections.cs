using MailKit.Net.Imap;
using MailKit.Security;

namespace Correspondence.Core.Inbox;

/// <summary>Opens authenticated IMAP connections from settings; one place that knows TLS modes and credentials.</summary>
public static class MailConnections
{
    public static SecureSocketOptions ToSocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.Auto,
    };

    public static async Task<ImapClient> ConnectImapAsync(ImapMailboxOptions options, CancellationToken ct)
    {
        var client = new ImapClient { Timeout = 60_000 };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, ToSocketOptions(options.Security), ct);
            await client.AuthenticateAsync(options.Username, options.Password, ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
