using System.ComponentModel.DataAnnotations;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using MailKit.Net.Smtp;

namespace Correspondence.UnitTests.Sending;

public class SmtpAnswersTests
{
    [Theory]
    [InlineData(421, "4.7.0 Too many messages, slow down")]
    [InlineData(421, "Service not available, closing transmission channel")]
    [InlineData(451, "4.7.500 Server busy. Please try again later")]
    [InlineData(452, "4.5.3 Too many recipients")]
    [InlineData(450, "4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages")]
    [InlineData(554, "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException")]
    public void IsThrottling_RelayPacingAnswers_AreThrottling(int code, string text) =>
        Assert.True(SmtpAnswers.IsThrottling((SmtpStatusCode)code, text));

    [Theory]
    [InlineData(451, "try again later")]
    [InlineData(450, "mailbox busy")]
    [InlineData(550, "5.1.1 mailbox unavailable")]
    [InlineData(554, "5.7.1 message rejected as spam")]
    public void IsThrottling_OtherRefusals_AreNot(int code, string text) =>
        Assert.False(SmtpAnswers.IsThrottling((SmtpStatusCode)code, text));

    [Fact]
    public void SendingOptions_OAuth2WithoutTokenEndpoint_FailsWithTheKeyNamed()
    {
        var options = new SendingOptions { Transport = ReplyTransportKind.Smtp, Smtp = { Host = "smtp.office365.com", Auth = MailAuth.OAuth2, Username = "office@mp.example" } };
        var problems = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage).ToList();
        Assert.Contains(problems, p => p!.Contains("Sending:Smtp:OAuth2:TokenEndpoint"));
    }

    [Fact]
    public void RateLimit_ThirtyAMinute_IsOneEveryTwoSeconds_AndZeroIsUnlimited()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), new RateLimitOptions { PerMinute = 30 }.Interval);
        Assert.True(new RateLimitOptions { PerMinute = 0, PerDay = 0 }.Unlimited);
        Assert.False(new RateLimitOptions().Unlimited);
    }
}
