using Correspondence.Core.Office;
using Correspondence.Core.Sending;
using MimeKit;

namespace Correspondence.UnitTests.Sending;

public class ReplyMessageBuilderTests
{
    private static readonly OfficeOptions Office = new()
    {
        MpName = "Jane Example MP",
        Constituency = "Exampleton",
        FromName = "Office of Jane Example MP",
        FromAddress = "office@mp.example",
    };

    private static OutboundReply Reply() => new()
    {
        LetterReceivedAt = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc),
        MessageIdHeader = "reply-1@mp.example",
        InReplyTo = "abc123@example.org",
        References = "<first@example.org> <abc123@example.org>",
        ToAddress = "ada@example.org",
        ToName = "Ada Lovelace",
        Subject = "Re: Ceasefire in Gaza",
        TextBody = "Dear Ada Lovelace,\n\nThank you.\n",
        HtmlBody = "<p>Dear Ada Lovelace,</p><p>Thank you.</p>",
    };

    [Fact]
    public void Build_Reply_SetsAddressesSubjectAndThreadingHeaders()
    {
        var date = new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc);

        var message = ReplyMessageBuilder.Build(Reply(), Office, date);

        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal("Office of Jane Example MP", from.Name);
        Assert.Equal("office@mp.example", from.Address);
        var to = Assert.Single(message.To.Mailboxes);
        Assert.Equal("Ada Lovelace", to.Name);
        Assert.Equal("ada@example.org", to.Address);
        Assert.Equal("Re: Ceasefire in Gaza", message.Subject);
        Assert.Equal("reply-1@mp.example", message.MessageId);
        Assert.Equal("abc123@example.org", message.InReplyTo);
        Assert.Equal(["first@example.org", "abc123@example.org"], message.References.ToArray());
        Assert.Equal(new DateTimeOffset(date), message.Date);
    }

    [Fact]
    public void Build_Reply_IsMultipartAlternativeWithTextAndHtml()
    {
        var message = ReplyMessageBuilder.Build(Reply(), Office, DateTime.UtcNow);

        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(2, alternative.Count);
        var text = Assert.IsType<TextPart>(alternative[0]);
        var html = Assert.IsType<TextPart>(alternative[1]);
        Assert.True(text.IsPlain);
        Assert.True(html.IsHtml);
        Assert.Contains("Thank you.", message.TextBody);
        Assert.Contains("<p>Thank you.</p>", message.HtmlBody);
    }

    [Fact]
    public void Build_Reply_SurvivesWriteAndReload()
    {
        var message = ReplyMessageBuilder.Build(Reply(), Office, DateTime.UtcNow);
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;

        var reloaded = MimeMessage.Load(stream);

        Assert.Equal("reply-1@mp.example", reloaded.MessageId);
        Assert.Equal("abc123@example.org", reloaded.InReplyTo);
        Assert.Equal("Re: Ceasefire in Gaza", reloaded.Subject);
        Assert.Contains("Thank you.", reloaded.TextBody);
    }

    [Fact]
    public void Build_FirstContactWithoutThreading_LeavesThreadingHeadersOut()
    {
        var reply = Reply();
        reply.InReplyTo = null;
        reply.References = null;

        var message = ReplyMessageBuilder.Build(reply, Office, DateTime.UtcNow);

        Assert.Null(message.InReplyTo);
        Assert.Empty(message.References);
    }

    [Fact]
    public void NewMessageId_Office_UsesFromAddressDomain() =>
        Assert.EndsWith("@mp.example", ReplyMessageBuilder.NewMessageId(Office));
}
