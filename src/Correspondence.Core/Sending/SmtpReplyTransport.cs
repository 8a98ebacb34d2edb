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
public sealed class SmtpReplyTransport(IOptions<SendingOptions> sending, IOptions<InboxOptions> inbox, IOAuth2TokenProvider tokens) : IReplyTransport, IBatchReplyTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        await using var session = await OpenSessionAsync(ct);
        await session.SendAsync(message, ct);
    }

    /// <summary>Connects and signs in once; replies then go one after another on the same connection; disposing quits.</summary>
    public async Task<IReplySession> OpenSessionAsync(CancellationToken ct)
    {
        var settings = sending.Value.Smtp;
        var client = new SmtpClient { Timeout = 60_000 };
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await ConnectAndSignInAsync(client, socket, settings, ct);
            return new Session(client, socket, settings);
        }
        catch (Exception ex)
        {
            client.Dispose();
            socket.Dispose();
            if (Translate(ex, 0, settings, ct) is { } translated) throw translated;
            throw;
        }
    }

    private sealed class Session(SmtpClient client, Socket socket, SmtpOptions settings) : IReplySession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            // Counted per reply: bytes of an earlier reply on this connection say nothing about this one.
            var handedOver = new HandedOver();
            try
            {
                await client.SendAsync(message, ct, handedOver);
            }
            catch (Exception ex)
            {
                if (Translate(ex, handedOver.Bytes, settings, ct) is { } translated) throw translated;
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected) await QuitAsync(client, CancellationToken.None);
            client.Dispose();
            socket.Dispose();
        }
    }

    /// <summary>
    /// What a failure means for the reply: "too many" pauses the account, 5xx and a refused sign-in are permanent, a
    /// connection lost after the reply's bytes were handed over is ambiguous; null leaves it as it is (transient).
    /// </summary>
    private static Exception? Translate(Exception ex, long handedOverBytes, SmtpOptions settings, CancellationToken ct) => ex switch
    {
        SmtpCommandException c when SmtpAnswers.IsThrottling(c.StatusCode, c.Message) =>
            new ThrottledSendException($"The mail server asked us to slow down: {SmtpAnswers.Describe(c)}", c),
        SmtpCommandException c when (int)c.StatusCode >= 500 =>
            new PermanentSendException($"The mail server refused the reply: {SmtpAnswers.Describe(c)}", c),
        AuthenticationException =>
            new PermanentSendException($"The mail server refused the sign-in for {settings.Username}: {ex.Message}. Check Sending:Smtp:Auth and its credentials.", ex),
        // Retried like a network error (the relay or the settings may be fixed), with words that say what to change.
        SslHandshakeException =>
            new IOException($"The mail server's certificate was not accepted, so nothing was sent: {ex.Message.Split('\n')[0].Trim()} " +
                            "If the relay is yours, trust its CA with Sending:Smtp:TrustedCaFile or pin it with Sending:Smtp:TrustedCertificateSha256.", ex),
        NotSupportedException when settings.Security == MailSecurity.StartTls =>
            new IOException($"The mail server does not offer STARTTLS, which Sending:Smtp:Security StartTls requires; nothing was sent in plain text ({ex.Message}).", ex),
        _ when handedOverBytes > 0 && ex is not SmtpCommandException && !ct.IsCancellationRequested =>
            new AmbiguousSendException($"The connection failed after the reply was handed to the mail server ({ex.Message}); it may have been delivered.", ex),
        _ => null,
    };

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
        var trust = new MailCertificateTrust(settings);
        if (!trust.SystemOnly) client.ServerCertificateValidationCallback = trust.Accept;
        // StartTls means required: MailKit fails when the server does not offer STARTTLS, never falls back to plain.
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
