using Correspondence.Core.Office;
using MimeKit;
using MimeKit.Utils;

namespace Correspondence.Core.Sending;

/// <summary>Turns an outbox row into the MIME message that is sent: From the office, threading headers, text and HTML.</summary>
public static class ReplyMessageBuilder
{
    /// <param name="attached">For a forward: the constituent's letter, attached whole as message/rfc822.</param>
    public static MimeMessage Build(OutboundReply reply, OfficeOptions office, DateTime date, MimeMessage? attached = null)
    {
        var message = new MimeMessage
        {
            MessageId = reply.MessageIdHeader,
            Subject = reply.Subject,
            Date = new DateTimeOffset(date, TimeSpan.Zero),
        };
        message.From.Add(new MailboxAddress(office.FromName, office.FromAddress));
        // RFC 3834: marks the acknowledgement as automatic, so the constituent's own auto-responder does not answer it.
        if (reply.Kind == OutboundKind.Acknowledgement)
            message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        message.To.Add(new MailboxAddress(reply.ToName, reply.ToAddress));
        if (!string.IsNullOrEmpty(reply.InReplyTo))
            message.InReplyTo = reply.InReplyTo;
        if (!string.IsNullOrEmpty(reply.References))
            foreach (var id in reply.References.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                message.References.Add(id.Trim('<', '>'));
        var body = new BodyBuilder { TextBody = reply.TextBody, HtmlBody = reply.HtmlBody };
        if (attached is not null)
        {
            var part = new MessagePart { Message = attached, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) };
            part.ContentDisposition.FileName = "original-letter.eml";
            body.Attachments.Add(part);
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string NewMessageId(OfficeOptions office) => MimeUtils.GenerateMessageId(office.ReplyDomain);
}
