using System.Net.Sockets;
using Correspondence.Core.Inbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Correspondence.Core.Sending;

/// <summary>
/// Sends through an SMTP relay with MailKit: TLS on connect or STARTTLS, password or OAuth2 (SASL XOAUTH2) sign-in.
/// 5xx answers are permanent, "too many" answers pause the account, other 4xx and network errors are retried, and a
/// connection lost after the whole message was handed over is ambiguous (the server may have taken it).
/// The socket is opened with NoDelay: without it loopback sends stall ~66 ms each on Nagle + delayed ACK.
/// </summary>
public sealed class SmtpReplyTransport(IOptions<SendingOptions> sending, IOptions<InboxOptions> inbox, IOAuth2TokenProvider tokens) : IReplyTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var settings = sending.Value.Smtp;
        using var client = new SmtpClient { Timeout = 60_000 };
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var handedOver = new HandedOver();
        try
        {
            await ConnectAndSignInAsync(client, socket, settings, ct);
            await client.SendAsync(message, ct, handedOver);
            await QuitAsync(client, ct);
        }
        catch (SmtpCommandException ex) when (SmtpAnswers.IsThrottling(ex.StatusCode, ex.Message))
        {
            throw new ThrottledSendException($"The mail server asked us to slow down: {SmtpAnswers.Describe(ex)}", ex);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            throw new PermanentSendException($"The mail server refused the reply: {SmtpAnswers.Describe(ex)}", ex);
        }
        catch (AuthenticationException ex)
        {
            throw new PermanentSendException($"The mail server refused the sign-in for {settings.Username}: {ex.Message}. Check Sending:Smtp:Auth and its credentials.", ex);
        }
        catch (Exception ex) when (handedOver.Bytes > 0 && ex is not SmtpCommandException && !ct.IsCancellationRequested)
        {
            throw new AmbiguousSendException($"The connection failed after the reply was handed to the mail server ({ex.Message}); it may have been delivered.", ex);
        }
        finally
        {
            socket.Dispose();
        }
    }

    /// <summary>Connects and signs in exactly as a send does, then quits: the readiness probe for the relay.</summary>
    public async Task CheckSignInAsync(CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 10_000 };
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await ConnectAndSignInAsync(client, socket, sending.Value.Smtp, ct);
        await QuitAsync(client, ct);
    }

    private async Task ConnectAndSignInAsync(SmtpClient client, Socket socket, SmtpOptions settings, CancellationToken ct)
    {
        await socket.ConnectAsync(settings.Host, settings.Port, ct);
        await client.ConnectAsync(socket, settings.Host, settings.Port, MailConnections.ToSocketOptions(settings.Security), ct);
        await SignInAsync(client, settings, ct);
    }

    /// <summary>The server has accepted the reply; a failed QUIT must not turn that into a failure.</summary>
    private static async Task QuitAsync(SmtpClient client, CancellationToken ct)
    {
        try { await client.DisconnectAsync(true, ct); }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or SocketException) { }
    }

    private async Task SignInAsync(SmtpClient client, SmtpOptions settings, CancellationToken ct)
    {
        if (settings.Auth == MailAuth.OAuth2)
        {
            // The token provider speaks in mailbox settings; the sending account is described the same way.
            var account = new ImapMailboxOptions { Name = "SMTP " + settings.Host, Host = settings.Host, Username = settings.Username, Auth = MailAuth.OAuth2, OAuth2 = settings.OAuth2 };
            await client.AuthenticateAsync(new SaslMechanismOAuth2(settings.Username, await tokens.GetAccessTokenAsync(account, ct)), ct);
        }
        else if (!string.IsNullOrEmpty(settings.Username))
            await client.AuthenticateAsync(settings.Username, settings.Password, ct);
    }

    /// <summary>Counts message bytes written after the server's 354: any at all means the reply may have reached it.</summary>
    private sealed class HandedOver : ITransferProgress
    {
        public long Bytes;
        public void Report(long bytesTransferred, long totalSize) => Bytes = bytesTransferred;
        public void Report(long bytesTransferred) => Bytes = bytesTransferred;
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
