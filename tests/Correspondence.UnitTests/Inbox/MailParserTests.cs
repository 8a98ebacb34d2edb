using Correspondence.Core.Inbox;
using static Correspondence.UnitTests.Inbox.TestMail;

namespace Correspondence.UnitTests.Inbox;

public class MailParserTests
{
    private static readonly string[] PlainMail =
    [
        "From: \"Ada Lovelace\" <ada@example.org>",
        "To: office@mp.example",
        "Subject: Re: Ceasefire in Gaza",
        "Date: Mon, 30 Nov 2026 10:15:00 +0000",
        "Message-ID: <abc123@example.org>",
        "In-Reply-To: <reply-1@mp.example>",
        "References: <first@example.org> <reply-1@mp.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Dear MP,",
        "",
        "Please call for a ceasefire.",
        "",
        "Ada",
        "",
    ];

    [Fact]
    public void Parse_PlainTextMail_ReadsHeadersAndBody()
    {
        var mail = ParseUtf8(Crlf(PlainMail));

        Assert.Null(mail.QuarantineReason);
        Assert.Equal("Ada Lovelace", mail.FromName);
        Assert.Equal("ada@example.org", mail.FromAddress);
        Assert.Equal("Re: Ceasefire in Gaza", mail.Subject);
        Assert.Equal("abc123@example.org", mail.MessageId);
        Assert.Equal("reply-1@mp.example", mail.InReplyTo);
        Assert.Equal("<first@example.org> <reply-1@mp.example>", mail.References);
        Assert.Contains("Please call for a ceasefire.", mail.TextBody);
        Assert.Equal(new DateTime(2026, 11, 30, 10, 15, 0, DateTimeKind.Utc), mail.SentAt);
        Assert.False(mail.IsAutomated);
        Assert.Matches("^[0-9a-f]{64}$", mail.BodyHash);
    }

    [Fact]
    public void Parse_SameMailWithCrlfOrLf_GivesSameBodyHash()
    {
        var crlf = ParseUtf8(Crlf(PlainMail));
        var lf = ParseUtf8(Lf(PlainMail));

        Assert.Equal(crlf.BodyHash, lf.BodyHash);
    }

    [Fact]
    public void Parse_DifferentBody_GivesDifferentBodyHash()
    {
        var original = ParseUtf8(Crlf(PlainMail));
        var changed = ParseUtf8(Crlf(PlainMail).Replace("ceasefire.", "ceasefire now."));

        Assert.NotEqual(original.BodyHash, changed.BodyHash);
    }

    [Fact]
    public void Hash_TrailingSpacesAndLineEndings_AreIgnored() =>
        Assert.Equal(MailParser.Hash("one\ntwo\n"), MailParser.Hash("one  \r\ntwo\t\r\n\r\n"));

    [Fact]
    public void Parse_DateFarInFuture_IsClampedToNow()
    {
        var mail = ParseUtf8(Crlf(PlainMail).Replace("Mon, 30 Nov 2026", "Tue, 30 Nov 2027"));

        Assert.Equal(Now, mail.SentAt);
    }

    [Fact]
    public void Parse_MultipartAlternativeWithEncodedSubject_DecodesSubjectAndPrefersTextPart()
    {
        var raw = Crlf(
            "From: =?UTF-8?Q?Zo=C3=AB_Smith?= <zoe@example.org>",
            "To: office@mp.example",
            "Subject: =?UTF-8?B?V2FpdGluZyBsaXN0cyDigJMgY2Fmw6k=?=",
            "Message-ID: <multi@example.org>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"b1\"",
            "",
            "--b1",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "Plain words here.",
            "--b1",
            "Content-Type: text/html; charset=utf-8",
            "",
            "<p>HTML <b>words</b> here.</p>",
            "--b1--",
            "");

        var mail = ParseUtf8(raw);

        Assert.Null(mail.QuarantineReason);
        Assert.Equal("Waiting lists – café", mail.Subject);
        Assert.Equal("Zoë Smith", mail.FromName);
        Assert.Contains("Plain words here.", mail.TextBody);
        Assert.DoesNotContain("<p>", mail.TextBody);
        Assert.NotNull(mail.HtmlBody);
        Assert.Contains("<b>words</b>", mail.HtmlBody);
    }

    [Fact]
    public void Parse_HtmlOnlyMail_TakesTextFromHtmlWithoutScriptOrStyle()
    {
        var raw = Crlf(
            "From: Ada <ada@example.org>",
            "To: office@mp.example",
            "Subject: Hospital",
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=utf-8",
            "",
            "<html><head><style>p { color: red; }</style><title>Ignored title</title></head>",
            "<body><script>alert('evil')</script><p>First paragraph.</p><p>Second<br>line.</p></body></html>",
            "");

        var mail = ParseUtf8(raw);

        Assert.Null(mail.QuarantineReason);
        Assert.Contains("First paragraph.", mail.TextBody);
        Assert.Contains("Second\nline.", mail.TextBody);
        Assert.DoesNotContain("alert", mail.TextBody);
        Assert.DoesNotContain("color: red", mail.TextBody);
        Assert.DoesNotContain("Ignored title", mail.TextBody);
        Assert.DoesNotContain("<p>", mail.TextBody);
    }

    [Fact]
    public void HtmlToText_Paragraphs_AreSeparatedByOneBlankLine() =>
        Assert.Equal("One.\n\nTwo.", MailParser.HtmlToText("<p>One.</p>\n\n\n<p>Two.</p>"));

    [Fact]
    public void Parse_Latin1QuotedPrintableBody_DecodesAccents()
    {
        var raw = Crlf(
            "From: Jean <jean@example.org>",
            "To: office@mp.example",
            "Subject: =?ISO-8859-1?Q?Caf=E9_closures?=",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=ISO-8859-1",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "The Caf=E9 on the high street has closed. Na=EFve planning.",
            "");

        var mail = ParseLatin1(raw);

        Assert.Equal("Café closures", mail.Subject);
        Assert.Contains("The Café on the high street has closed. Naïve planning.", mail.TextBody);
    }

    [Fact]
    public void Parse_Latin1EightBitBody_DecodesByCharset()
    {
        var raw = Crlf(
            "From: Jean <jean@example.org>",
            "Subject: Hello",
            "Content-Type: text/plain; charset=ISO-8859-1",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Café",
            "");

        var mail = ParseLatin1(raw);

        Assert.Contains("Café", mail.TextBody);
    }

    [Fact]
    public void Parse_MissingFrom_SetsQuarantineReason()
    {
        var raw = Crlf(
            "To: office@mp.example",
            "Subject: No sender",
            "Content-Type: text/plain",
            "",
            "Who am I?",
            "");

        var mail = ParseUtf8(raw);

        Assert.NotNull(mail.QuarantineReason);
        Assert.Contains("sender", mail.QuarantineReason);
        Assert.Equal("", mail.FromAddress);
    }

    [Fact]
    public void Parse_FromWithoutValidAddress_SetsQuarantineReason()
    {
        var mail = ParseUtf8(Crlf("From: Nobody <not-an-address>", "Subject: Hello", "", "Body", ""));

        Assert.NotNull(mail.QuarantineReason);
    }

    [Fact]
    public void Parse_NoSubjectAndNoText_SetsQuarantineReason()
    {
        var mail = ParseUtf8(Crlf("From: Ada <ada@example.org>", "Content-Type: text/plain", "", "   ", ""));

        Assert.NotNull(mail.QuarantineReason);
        Assert.Contains("empty", mail.QuarantineReason);
    }

    [Fact]
    public void Parse_EmptyFile_IsQuarantinedNotThrown()
    {
        var mail = MailParser.Parse(new MemoryStream([]), Now);

        Assert.NotNull(mail.QuarantineReason);
        Assert.False(mail.IsAutomated);
        Assert.Equal(MailParser.Hash(""), mail.BodyHash);
    }

    [Theory]
    [InlineData("this is not an email at all\r\njust some text\r\n")]
    [InlineData("\0\0\0\u0001\u0002garbage\u00ff\u00fe")]
    [InlineData(":::\r\n::::\r\n")]
    public void Parse_Garbage_IsQuarantinedNotThrown(string garbage)
    {
        var mail = ParseLatin1(garbage);

        Assert.NotNull(mail.QuarantineReason);
    }

    [Fact]
    public void Parse_ControlCharactersInSubject_AreRemoved()
    {
        var mail = ParseUtf8(Crlf("From: Ada <ada@example.org>", "Subject: =?UTF-8?Q?Hello=07_there?=", "", "Body", ""));

        Assert.Equal("Hello there", mail.Subject);
    }
}
