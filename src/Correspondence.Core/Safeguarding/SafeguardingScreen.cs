using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Safeguarding;

/// <summary>
/// Runs before the acknowledgement and triage: a letter that reaches a safeguarding category moves to Escalated with the
/// categories and the phrases that matched, so it is never acknowledged or drafted automatically and a manager sees it first.
/// </summary>
public sealed class SafeguardingScreen(CorrespondenceDbContext db, SafeguardingDetector detector, TimeProvider clock,
    ILogger<SafeguardingScreen> log)
{
    public const string ReasonPrefix = "safeguarding: ";

    /// <summary>Moves flagged messages (tracked, in Received) to Escalated in the caller's unit of work; returns how many.</summary>
    public int EscalateFlagged(IEnumerable<InboundMessage> received)
    {
        var count = 0;
        foreach (var message in received.Where(m => m.Status == MessageStatus.Received))
        {
            var verdict = detector.Scan(message.Subject, message.TextBody);
            if (!verdict.Flagged) continue;
            db.MoveTo(message, MessageStatus.Escalated, clock.GetUtcNow().UtcDateTime, Audit.System, ReasonPrefix + verdict.Describe());
            // Categories and rule ids only: the evidence phrases are the constituent's words and stay out of logs.
            log.LogWarning("Message {MessageId} escalated for safeguarding: {Categories} ({Rules})", message.Id,
                string.Join(", ", verdict.Flags.Select(f => f.Category)),
                string.Join(", ", verdict.Flags.SelectMany(f => f.Evidence).Select(e => e.RuleId)));
            count++;
        }
        return count;
    }
}
