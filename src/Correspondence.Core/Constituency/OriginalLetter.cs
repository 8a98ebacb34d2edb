using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Office;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Correspondence.Core.Constituency;

/// <summary>
/// The constituent's letter as a MIME message, for attaching to a forward. The raw message is not kept (only its
/// parsed fields, see <see cref="InboundMessage"/>), so it is rebuilt: the writer's From and Reply-To, the date, the
/// subject, Message-ID and threading headers, the text and HTML bodies and every attachment whose content was kept.
/// </summary>
public static class OriginalLetter
{
    public static async Task<MimeMessage> LoadAsync(CorrespondenceDbContext db, long messageId, OfficeOptions office, CancellationToken ct)
    {
        var message = await db.Messages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == messageId, ct);
        return Build(message, office);
    }

    public static MimeMessage Build(InboundMessage message, OfficeOptions office)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = new DateTimeOffset(message.SentAt, TimeSpan.Zero) };
        mime.From.Add(new MailboxAddress(message.FromName, message.FromAddress));
        if (!string.IsNullOrEmpty(message.ReplyTo) && MailboxAddress.TryParse(message.ReplyTo, out var replyTo))
            mime.ReplyTo.Add(replyTo);
        mime.To.Add(new MailboxAddress(office.FromName, office.FromAddress));
        if (!string.IsNullOrEmpty(message.MessageIdHeader)) mime.MessageId = message.MessageIdHeader;
        if (!string.IsNullOrEmpty(message.InReplyTo)) mime.InReplyTo = message.InReplyTo.Trim('<', '>', ' ');
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var file in message.Attachments.Where(a => a.Content is not null))
            body.Attachments.Add(file.FileName, file.Content!, ContentType.TryParse(file.ContentType, out var type) ? type : new ContentType("application", "octet-stream"));
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
