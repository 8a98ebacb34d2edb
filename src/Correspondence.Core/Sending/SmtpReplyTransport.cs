using System.Net.Sockets;
using Correspondence.Core.Inbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Search;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Correspondence.Core.Sending;

/// <summary>
/// Sends through an SMTP relay with MailKit. 5xx answers are permanent; 4xx and network errors are retried by the job.
/// The socket is opened with NoDelay: without it loopback sends stall ~66 ms each on Nagle + delayed ACK.
/// </summary>
public sealed class SmtpReplyTransport(IOptions<SendingOptions> sending, IOptions<InboxOptions> inbox, IOAuth2TokenProvider tokens) : IReplyTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var settings = sending.Value.Smtp;
        using var client = new SmtpClient { Timeout = 60_000 };
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(settings.Host, settings.Port, ct);
            await client.ConnectAsync(socket, settings.Host, settings.Port, MailConnections.ToSocketOptions(settings.Security), ct);
            if (!string.IsNullOrEmpty(settings.Username))
                await client.AuthenticateAsync(settings.Username, settings.Password, ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            throw new PermanentSendException($"The mail server refused the reply: {(int)ex.StatusCode} {ex.Message}", ex);
        }
        finally
        {
            socket.Dispose();
        }
    }

    /// <summary>Looks for the Message-ID in the IMAP Sent folder when an IMAP mailbox is configured.</summary>
    public async Task<bool?> WasDeliveredAsync(string messageId, CancellationToken ct)
    {
        if (inbox.Value.Source != InboxSource.Imap || inbox.Value.Mailboxes.Count == 0) return null;
        using var client = await MailConnections.ConnectImapAsync(inbox.Value.Mailboxes[0], tokens, ct);
        var sent = client.GetFolder(SpecialFolder.Sent);
        if (sent is null) return null;
        await sent.OpenAsync(FolderAccess.ReadOnly, ct);
        var found = await sent.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId), ct);
        await client.DisconnectAsync(true, ct);
        // Found: it went. Not found: unknown (we may have crashed before appending it), so a person decides.
        return found.Count > 0 ? true : null;
    }
}
