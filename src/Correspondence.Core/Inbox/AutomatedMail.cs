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
}
