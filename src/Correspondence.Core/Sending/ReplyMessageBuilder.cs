using Correspondence.Core.Office;
using MimeKit;
using MimeKit.Utils;

namespace Correspondence.Core.Sending;

/// <summary>Turns an outbox row into the MIME message that is sent: From the office, threading headers, text and HTML.</summary>
public static class ReplyMessageBuilder
{
    public static MimeMessage Build(OutboundReply reply, OfficeOptions office, DateTime date)
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
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string NewMessageId(OfficeOptions office) => MimeUtils.GenerateMessageId(office.ReplyDomain);
}
