using MailKit.Net.Smtp;

namespace Correspondence.Core.Sending;

/// <summary>Reads an SMTP server's refusal: "slow down" (pause the account), permanent (a person acts), or worth a retry.</summary>
public static class SmtpAnswers
{
    // Words relays use when pacing a sender: Exchange Online ("4.7.0 ... submission quota", "SubmissionQuotaExceeded"),
    // Gmail ("4.7.0 ... unusual rate", "4.2.1 ... too many"), Postfix ("421 4.7.0 Error: too many connections").
    private static readonly string[] ThrottleWords =
        ["too many", "at a rate", "rate limit", "ratelimit", "rate exceeded", "unusual rate", "throttl", "slow down", "quota"];

    public static bool IsThrottling(SmtpStatusCode code, string text)
    {
        var status = (int)code;
        var words = ThrottleWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        // 421 closes the session; 450/451/452 with a 4.7.x enhanced code or "too many" words is pacing, not a fault of this reply.
        if (status == 421) return true;
        if (status is >= 400 and < 500) return words || text.Contains("4.7.", StringComparison.Ordinal);
        // Some relays answer a used-up daily quota with 5xx (Exchange: "554 5.2.0 ... SubmissionQuotaExceededException").
        return status >= 500 && text.Contains("quota", StringComparison.OrdinalIgnoreCase);
    }

    public static string Describe(SmtpCommandException ex) => $"{(int)ex.StatusCode} {ex.Message}";
}
