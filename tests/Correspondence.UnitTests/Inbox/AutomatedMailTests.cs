using static Correspondence.UnitTests.Inbox.TestMail;

namespace Correspondence.UnitTests.Inbox;

public class AutomatedMailTests
{
    private static string Mail(params string[] extraHeaders) => Crlf(
    [
        "From: Someone <someone@example.org>",
        "To: office@mp.example",
        "Subject: Out of office",
        .. extraHeaders,
        "Content-Type: text/plain",
        "",
        "I am away until Monday.",
        "",
    ]);

    [Fact]
    public void Parse_OrdinaryMail_IsNotAutomated() =>
        Assert.False(ParseUtf8(Mail()).IsAutomated);

    [Theory]
    [InlineData("Auto-Submitted: auto-replied")]
    [InlineData("Auto-Submitted: auto-generated")]
    [InlineData("Precedence: bulk")]
    [InlineData("Precedence: list")]
    [InlineData("Precedence: junk")]
    [InlineData("List-Id: Campaign list <campaign.lists.example.org>")]
    [InlineData("Return-Path: <>")]
    [InlineData("X-Autoreply: yes")]
    public void Parse_AutomatedHeader_IsAutomated(string header) =>
        Assert.True(ParseUtf8(Mail(header)).IsAutomated, header);

    [Theory]
    [InlineData("Auto-Submitted: no")]
    [InlineData("Auto-Submitted: No")]
    [InlineData("Precedence: first-class")]
    [InlineData("Return-Path: <someone@example.org>")]
    public void Parse_HeaderThatDoesNotMeanAutomated_IsNotAutomated(string header) =>
        Assert.False(ParseUtf8(Mail(header)).IsAutomated, header);

    [Fact]
    public void Parse_AutoSubmittedNoWithComment_IsNotAutomated() =>
        // RFC 3834 section 5: Auto-Submitted: [CFWS] auto-submitted [CFWS], so a comment may follow "no".
        Assert.False(ParseUtf8(Mail("Auto-Submitted: no (sent by a person)")).IsAutomated);

    [Fact]
    public void Parse_DeliveryStatusReport_IsAutomated()
    {
        var raw = Crlf(
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>",
            "To: office@mp.example",
            "Subject: Undelivered Mail Returned to Sender",
            "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r1\"",
            "",
            "--r1",
            "Content-Type: text/plain",
            "",
            "Your message could not be delivered.",
            "--r1",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx.example.org",
            "",
            "Final-Recipient: rfc822; gone@example.org",
            "Action: failed",
            "Status: 5.1.1",
            "",
            "--r1--",
            "");

        var mail = ParseUtf8(raw);

        Assert.True(mail.IsAutomated);
    }
}
