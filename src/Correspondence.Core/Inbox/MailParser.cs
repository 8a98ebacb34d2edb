using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using MimeKit;

namespace Correspondence.Core.Inbox;

/// <summary>MIME to <see cref="ParsedMail"/>. Never throws for bad input: problems become a quarantine reason.</summary>
public static class MailParser
{
    private const int MaxBodyChars = 200_000;

    // Without the code-page provider .NET knows only UTF-*, ASCII and Latin-1, and MimeKit would decode gb2312,
    // koi8-r, shift_jis, iso-2022-jp and windows-1252 mail as Latin-1 mojibake.
    static MailParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ParsedMail Parse(Stream stream, DateTime now) => Parse(stream, now, MailLimits.Default);

    public static ParsedMail Parse(Stream stream, DateTime now, MailLimits limits)
    {
        long size = stream.CanSeek ? stream.Length : 0;
        if (size > limits.MaxMessageBytes)
            return Unreadable($"message is {size / 1024 / 1024} MB, over the {limits.MaxMessageBytes / 1024 / 1024} MB limit; open it in the mailbox", now) with { SizeBytes = size };
        MimeMessage message;
        try
        {
            var options = new ParserOptions { MaxMimeDepth = limits.MaxMimeDepth };
            message = MimeMessage.Load(options, stream);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return Unreadable($"not a readable email: {ex.Message}", now) with { SizeBytes = size };
        }
        return Parse(message, now, limits) with { SizeBytes = size };
    }

    public static ParsedMail Parse(MimeMessage message, DateTime now) => Parse(message, now, MailLimits.Default);

    public static ParsedMail Parse(MimeMessage message, DateTime now, MailLimits limits)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var replyTo = message.ReplyTo.Mailboxes.FirstOrDefault();
        var partCount = message.BodyParts.Take(limits.MaxMimeParts + 1).Count();
        string? text = null, html = null;
        string? reason = null;
        if (partCount > limits.MaxMimeParts)
            reason = $"more than {limits.MaxMimeParts} MIME parts (a MIME bomb?); open it in the mailbox";
        else
        {
            (text, html) = Bodies(message, ref reason);
        }
        if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(html))
            text = HtmlToText(html);
        text = Clip(text ?? "");
        html = html is null ? null : Clip(html);

        if (reason is null && (from is null || !Drafting.GreetingName.IsValidAddress(from.Address)))
            reason = "no valid sender address: the office cannot reply to it";
        else if (reason is null && string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(message.Subject))
            reason = "empty message: no subject and no text";

        var sentAt = message.Date == DateTimeOffset.MinValue ? now : message.Date.UtcDateTime;
        return new ParsedMail(
            MessageId: Limit(message.MessageId, 400),
            InReplyTo: Limit(message.InReplyTo, 1000),
            References: message.References.Count == 0 ? null : Limit(string.Join(' ', message.References.TakeLast(50).Select(r => $"<{r}>")), 4000),
            FromName: Limit(Clean(from?.Name), 320) ?? "",
            FromAddress: Limit(from?.Address?.Trim(), 320) ?? "",
            ReplyTo: Limit(replyTo?.Address, 320),
            Subject: Limit(Clean(message.Subject), 1000) ?? "",
            TextBody: text,
            HtmlBody: html,
            SentAt: sentAt > now.AddDays(1) ? now : sentAt,
            IsAutomated: AutomatedMail.IsAutomated(message),
            BodyHash: Hash(text),
            QuarantineReason: reason)
        {
            Attachments = partCount > limits.MaxMimeParts ? [] : Attachments(message, limits),
            Postcodes = UkPostcodes.Find(text),
            BouncedMessageId = AutomatedMail.BouncedMessageId(message),
        };
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

    /// <summary>The text and HTML bodies; an undecodable part (unknown charset, broken encoding) becomes a reason, not an exception.</summary>
    private static (string? Text, string? Html) Bodies(MimeMessage message, ref string? reason)
    {
        try
        {
            return (message.TextBody, message.HtmlBody);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException or FormatException or DecoderFallbackException)
        {
            reason = $"the body could not be decoded ({ex.Message}); open it in the mailbox";
            return (null, null);
        }
    }

    private static List<ParsedAttachment> Attachments(MimeMessage message, MailLimits limits)
    {
        var list = new List<ParsedAttachment>();
        foreach (var entity in message.Attachments.Take(100))
        {
            var name = Limit(Clean(entity.ContentDisposition?.FileName ?? entity.ContentType.Name), 255) ?? "(unnamed)";
            var type = Limit(entity.ContentType.MimeType, 127) ?? "application/octet-stream";
            using var buffer = new MemoryStream();
            try
            {
                if (entity is MimePart part) part.Content?.DecodeTo(buffer);
                else if (entity is MessagePart nested) nested.Message?.WriteTo(buffer);
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                // A broken encoding still records the attachment, without its content.
            }
            var size = buffer.Length;
            list.Add(new ParsedAttachment(name.Length == 0 ? "(unnamed)" : name, type, size,
                size <= limits.MaxStoredAttachmentBytes ? buffer.ToArray() : null));
        }
        return list;
    }

    private static ParsedMail Unreadable(string reason, DateTime now) =>
        new(null, null, null, "", "", null, "", "", null, now, false, Hash(""), reason);

    // NUL never belongs in text (and PostgreSQL cannot store it).
    private static string Clip(string s) => (s.Length > MaxBodyChars ? s[..MaxBodyChars] : s).Replace("\0", "");

    private static string? Clean(string? s) => s is null ? null : new string(s.Where(c => !char.IsControl(c) || c == '\t').ToArray()).Trim();

    private static string? Limit(string? s, int max) => s is null ? null : s.Length > max ? s[..max] : s;
}
