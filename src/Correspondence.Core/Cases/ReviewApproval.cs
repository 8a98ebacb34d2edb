using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Cases;

/// <summary>
/// Approve-and-send with the second-approver rule: a reply on a sensitive topic (Review:SensitiveTopics) is sent only
/// when two different people approved the same draft version. The first approval is recorded and the message stays
/// Drafted, marked as waiting; the second goes through <see cref="ReplyApproval"/> (approval + outbox in one transaction).
/// </summary>
public sealed class ReviewApproval(CorrespondenceDbContext db, ReplyApproval approval, IOptions<ReviewOptions> options, TimeProvider clock)
{
    public const string AwaitingSecondApproval = "awaiting a second approver";

    public sealed record Result(bool Sent, bool FirstOfTwo, string? Problem);

    public async Task<Result> ApproveAsync(long messageId, int draftVersion, string actor, string? from, CancellationToken ct)
    {
        var message = await db.Messages.Include(m => m.Topics).Include(m => m.Drafts).SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return new(false, false, "This message no longer exists.");
        var sensitive = SensitiveTopicsOf(message);
        if (sensitive.Count > 0 && message.Status == MessageStatus.Drafted)
        {
            var draft = message.Drafts.OrderByDescending(d => d.Version).First();
            if (draft.Version != draftVersion)
                return new(false, false, $"The draft was changed (now version {draft.Version}, you reviewed version {draftVersion}) by {draft.CreatedBy}. Review the new version before approving.");
            var earlier = await db.Approvals.Where(a => a.DraftId == draft.Id).Select(a => a.ApprovedBy).ToListAsync(ct);
            if (earlier.Contains(actor))
                return new(false, false, $"You have approved this draft already. Replies on {string.Join(", ", sensitive)} need a second, different approver.");
            if (earlier.Count == 0)
            {
                var placeholders = Drafting.ReplyComposer.FindPlaceholders(draft.TextBody);
                if (placeholders.Count > 0)
                    return new(false, false, $"Fill in the placeholders before approving: {string.Join(", ", placeholders)}.");
                var now = clock.GetUtcNow().UtcDateTime;
                db.Approvals.Add(new Approval { DraftId = draft.Id, ApprovedBy = actor, ApprovedAt = now });
                db.MoveTo(message, MessageStatus.Drafted, now, actor, $"{AwaitingSecondApproval} (v{draft.Version} approved by {actor}; sensitive: {string.Join(", ", sensitive)})", from);
                db.Record(now, actor, "first-approval", nameof(Draft), draft.Id, $"message {message.Id} v{draft.Version}; sensitive: {string.Join(", ", sensitive)}", from);
                await db.SaveChangesAsync(ct);
                return new(false, true, null);
            }
        }
        db.ChangeTracker.Clear();
        var result = await approval.ApproveAsync(messageId, draftVersion, actor, from, ct);
        return new(result.Approved, false, result.Problem);
    }

    public IReadOnlyList<string> SensitiveTopicsOf(InboundMessage message) =>
        message.Topics.Select(t => t.TopicId).Intersect(options.Value.SensitiveTopics, StringComparer.OrdinalIgnoreCase).Order().ToList();
}
