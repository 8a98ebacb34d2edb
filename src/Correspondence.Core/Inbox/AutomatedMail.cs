using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Correspondence.Core.Inbox;

/// <summary>Recognises auto-replies, bounces and list mail, which must never get an automatic answer (RFC 3834).</summary>
public static class AutomatedMail
{
    public static bool IsAutomated(MimeMessage message)
    {
        // RFC 3834 allows a comment and parameters after the keyword: "no (sent by a person)" is still "no".
        var autoSubmitted = Regex.Replace(message.Headers[HeaderId.AutoSubmitted] ?? "", @"\([^)]*\)", " ")
            .Split([' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (autoSubmitted is not null && !autoSubmitted.Equals("no", StringComparison.OrdinalIgnoreCase))
            return true;
        if (message.Headers.Contains("X-Autoreply") || message.Headers.Contains("X-Autorespond") || message.Headers.Contains("List-Id"))
            return true;
        var precedence = message.Headers["Precedence"]?.Trim().ToLowerInvariant();
        if (precedence is "bulk" or "list" or "junk" or "auto_reply")
            return true;
        var returnPath = message.Headers[HeaderId.ReturnPath]?.Trim();
        if (returnPath is "<>")
            return true;
        return message.Body is MultipartReport report
            && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>For a delivery-status report, the Message-ID of the message that could not be delivered.</summary>
    public static string? BouncedMessageId(MimeMessage message)
    {
        if (message.Body is not MultipartReport { ReportType: var type } report
            || !string.Equals(type, "delivery-status", StringComparison.OrdinalIgnoreCase))
            return null;
        foreach (var part in report)
        {
            if (part is MessagePart { Message: { } original } && !string.IsNullOrEmpty(original.MessageId))
                return original.MessageId;
            if (part is TextPart text && text.ContentType.IsMimeType("text", "rfc822-headers"))
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.Text + "\r\n"));
                var headers = HeaderList.Load(stream);
                var id = headers[HeaderId.MessageId]?.Trim().Trim('<', '>');
                if (!string.IsNullOrEmpty(id)) return id;
            }
        }
        return null;
    }
}
