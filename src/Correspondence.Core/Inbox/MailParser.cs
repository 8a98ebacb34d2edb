using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using MimeKit;

namespace Correspondence.Core.Inbox;

/// <summary>MIME to <see cref="ParsedMail"/>. Never throws for a message MimeKit could parse: problems become a quarantine reason.</summary>
public static class MailParser
{
    private const int MaxBodyChars = 200_000;

    public static ParsedMail Parse(Stream stream, DateTime now)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            return Unreadable($"not a readable email: {ex.Message}", now);
        }
        return Parse(message, now);
    }

    public static ParsedMail Parse(MimeMessage message, DateTime now)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var replyTo = message.ReplyTo.Mailboxes.FirstOrDefault();
        var html = message.HtmlBody;
        var text = message.TextBody;
        if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(html))
            text = HtmlToText(html);
        text = Clip(text ?? "");
        html = html is null ? null : Clip(html);

        string? reason = null;
        if (from is null || !Drafting.GreetingName.IsValidAddress(from.Address))
            reason = "no valid sender address: the office cannot reply to it";
        else if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(message.Subject))
            reason = "empty message: no subject and no text";

        var sentAt = message.Date == DateTimeOffset.MinValue ? now : message.Date.UtcDateTime;
        return new ParsedMail(
            MessageId: Limit(message.MessageId, 400),
            InReplyTo: Limit(message.InReplyTo, 1000),
            References: message.References.Count == 0 ? null : Limit(string.Join(' ', message.References.Select(r => $"<{r}>")), 4000),
            FromName: Limit(from?.Name, 320) ?? "",
            FromAddress: Limit(from?.Address?.Trim(), 320) ?? "",
            ReplyTo: Limit(replyTo?.Address, 320),
            Subject: Limit(Clean(message.Subject), 1000) ?? "",
            TextBody: text,
            HtmlBody: html,
            SentAt: sentAt > now.AddDays(1) ? now : sentAt,
            IsAutomated: AutomatedMail.IsAutomated(message),
            BodyHash: Hash(text),
            QuarantineReason: reason);
    }

    public static string Hash(string text)
    {
        var normalized = string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized))).ToLowerInvariant();
    }

    public static string HtmlToText(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        foreach (var node in doc.QuerySelectorAll("script,style,head")) node.Remove();
        foreach (var br in doc.QuerySelectorAll("br")) br.Replace(doc.CreateTextNode("\n"));
        foreach (var block in doc.QuerySelectorAll("p,div,li,tr,h1,h2,h3,h4,h5,h6,blockquote"))
            block.Append(doc.CreateTextNode("\n\n"));
        var text = doc.Body?.TextContent ?? doc.DocumentElement.TextContent;
        var lines = text.Replace("\r", "").Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return System.Text.RegularExpressions.Regex.Replace(string.Join('\n', lines), "\n{3,}", "\n\n").Trim();
    }

    private static ParsedMail Unreadable(string reason, DateTime now) =>
        new(null, null, null, "", "", null, "", "", null, now, false, Hash(""), reason);

    private static string Clip(string s) => s.Length > MaxBodyChars ? s[..MaxBodyChars] : s;

    private static string? Clean(string? s) => s is null ? null : new string(s.Where(c => !char.IsControl(c) || c == '\t').ToArray()).Trim();

    private static string? Limit(string? s, int max) => s is null ? null : s.Length > max ? s[..max] : s;
}
