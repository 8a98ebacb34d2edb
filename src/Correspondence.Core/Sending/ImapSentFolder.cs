using Correspondence.Core.Inbox;
using MailKit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Correspondence.Core.Sending;

/// <summary>
/// After an SMTP send: a copy in the mailbox's Sent folder (so the office sees it, and a crash mid-send can be
/// confirmed by Message-ID) and \Answered on the original. Best effort: the reply has gone, so a failure here is
/// logged, never turned into a resend.
/// </summary>
public sealed class ImapSentFolder(IOptions<InboxOptions> inbox, IOAuth2TokenProvider tokens, ILogger<ImapSentFolder> log)
{
    /// <summary>False when no IMAP mailbox is configured: there is no Sent folder to copy into.</summary>
    public bool Configured => inbox.Value.Source == InboxSource.Imap && inbox.Value.Mailboxes.Count > 0;

    /// <param name="flagAnswered">False for an acknowledgement: the original still waits for its answer.</param>
    public async Task RecordAsync(MimeMessage reply, string originalMailbox, long originalUidValidity, long originalUid, bool flagAnswered, CancellationToken ct)
    {
        var mailbox = inbox.Value.Mailboxes.FirstOrDefault(m => m.Key == originalMailbox) ?? inbox.Value.Mailboxes.FirstOrDefault();
        if (inbox.Value.Source != InboxSource.Imap || mailbox is null) return;
        try
        {
            using var client = await MailConnections.ConnectImapAsync(mailbox, tokens, ct);
            var sent = client.GetFolder(SpecialFolder.Sent) ?? await client.GetFolderAsync("Sent", ct);
            await sent.AppendAsync(reply, MessageFlags.Seen, ct);
            if (flagAnswered && mailbox.Key == originalMailbox)
            {
                var folder = await client.GetFolderAsync(mailbox.Folder, ct);
                await folder.OpenAsync(FolderAccess.ReadWrite, ct);
                if (folder.UidValidity == originalUidValidity)
                    await folder.AddFlagsAsync(new UniqueId((uint)originalUidValidity, (uint)originalUid), MessageFlags.Answered, true, ct);
            }
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("The reply {MessageId} was sent, but copying it to Sent / flagging the original failed: {Reason}", reply.MessageId, ex.Message);
        }
    }
}
