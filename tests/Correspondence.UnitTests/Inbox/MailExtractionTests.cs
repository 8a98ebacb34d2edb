using System.Text;
using Correspondence.Core.Inbox;
using static Correspondence.UnitTests.Inbox.TestMail;

namespace Correspondence.UnitTests.Inbox;

public sealed class MailExtractionTests
{
    private static string WithAttachment(int bytes) => Crlf(
        "From: Ada <ada@example.org>",
        "Subject: Evidence attached",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"m\"",
        "",
        "--m",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Please see the attached photo. I live at 14 Scutari Lane, Exampleton EX1 4QT.",
        "--m",
        "Content-Type: image/jpeg; name=\"pothole.jpg\"",
        "Content-Disposition: attachment; filename=\"pothole.jpg\"",
        "Content-Transfer-Encoding: base64",
        "",
        Convert.ToBase64String(new byte[bytes], Base64FormattingOptions.InsertLineBreaks),
        "--m--");

    [Fact]
    public void Parse_SmallAttachment_RecordedWithContent()
    {
        var mail = ParseUtf8(WithAttachment(1000));

        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal("pothole.jpg", attachment.FileName);
        Assert.Equal("image/jpeg", attachment.ContentType);
        Assert.Equal(1000, attachment.Size);
        Assert.Equal(1000, attachment.Content!.Length);
    }

    [Fact]
    public void Parse_AttachmentOverCap_RecordedWithoutContent()
    {
        var limits = MailLimits.Default with { MaxStoredAttachmentBytes = 500 };
        var mail = MailParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(WithAttachment(1000))), Now, limits);

        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal(1000, attachment.Size);
        Assert.Null(attachment.Content);
    }

    [Fact]
    public void Parse_MessageOverSizeCap_QuarantinedWithoutParsing()
    {
        var limits = MailLimits.Default with { MaxMessageBytes = 2048 };
        var mail = MailParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(WithAttachment(10_000))), Now, limits);

        Assert.Contains("over the", mail.QuarantineReason);
        Assert.True(mail.SizeBytes > 2048);
    }

    [Fact]
    public void Parse_TooManyParts_QuarantinedAsMimeBomb()
    {
        var parts = string.Concat(Enumerable.Range(0, 30).Select(i => $"--b\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n"));
        var raw = "From: a@example.org\r\nSubject: many\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" + parts + "--b--\r\n";
        var mail = MailParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(raw)), Now, MailLimits.Default with { MaxMimeParts = 10 });

        Assert.Contains("MIME parts", mail.QuarantineReason);
    }

    [Fact]
    public void Parse_PostcodeInSignature_Extracted() =>
        Assert.Equal(["EX1 4QT"], ParseUtf8(WithAttachment(10)).Postcodes);

    [Theory]
    [InlineData("Write to me at SW1A 0AA please", "SW1A 0AA")]
    [InlineData("my postcode is m11ae", "M1 1AE")]
    [InlineData("B33 8TH and CR2 6XH", "B33 8TH,CR2 6XH")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("Call 0800 123 456 or see QQ1 1AA and AB1 1CI", "")]
    public void UkPostcodes_Find_RoyalMailFormatsOnly(string text, string expected) =>
        Assert.Equal(expected, string.Join(",", UkPostcodes.Find(text)));

    [Fact]
    public void Parse_DeliveryStatusReport_GivesTheBouncedMessageId()
    {
        var mail = ParseUtf8(Crlf(
            "From: MAILER-DAEMON@example.org",
            "Subject: Undelivered",
            "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"",
            "",
            "--r",
            "Content-Type: text/plain",
            "",
            "Could not deliver.",
            "--r",
            "Content-Type: message/delivery-status",
            "",
            "Final-Recipient: rfc822; x@example.org",
            "Action: failed",
            "--r",
            "Content-Type: text/rfc822-headers",
            "",
            "Message-ID: <reply-1@mp.example>",
            "Subject: Re: hello",
            "",
            "--r--"));

        Assert.True(mail.IsAutomated);
        Assert.Equal("reply-1@mp.example", mail.BouncedMessageId);
    }
}
