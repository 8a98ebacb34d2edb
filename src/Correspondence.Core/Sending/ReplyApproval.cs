using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Sending;

/// <summary>
/// Approves the newest draft of a message: the approval, the outbox row and the status change commit together,
/// then the send job is enqueued. If the enqueue is lost, the outbox sweeper enqueues it again.
/// </summary>
public sealed class ReplyApproval(CorrespondenceDbContext db, ReplyComposer composer, IBackgroundJobClient jobs,
    IOptions<OfficeOptions> office, TimeProvider clock)
{
    public sealed record Result(bool Approved, long? OutboxId, string? Problem)
    {
        public static Result Refused(string problem) => new(false, null, problem);
    }

    /// <param name="draftVersion">The version the person reviewed; a newer one means someone else changed it.</param>
    public async Task<Result> ApproveAsync(long messageId, int draftVersion, string actor, string? from, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await composer.Templates.RefreshAsync(db, ct); // a template edit on another node makes this draft stale
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var message = await db.Messages.Include(m => m.Drafts).Include(m => m.Case).Include(m => m.Topics)
            .SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return Result.Refused("This message no longer exists.");
        if (message.Status != MessageStatus.Drafted)
            return Result.Refused($"This message is {message.Status}, not waiting for approval.");
        var draft = message.Drafts.OrderByDescending(d => d.Version).First();
        if (draft.Version != draftVersion)
            return Result.Refused($"The draft was changed (now version {draft.Version}, you reviewed version {draftVersion}) by {draft.CreatedBy}. Review the new version before approving.");
        var placeholders = ReplyComposer.FindPlaceholders(draft.TextBody);
        if (placeholders.Count > 0)
            return Result.Refused($"Fill in the placeholders before approving: {string.Join(", ", placeholders)}.");

        if (composer.IsStale(draft, message.Topics.Select(t => t.TopicId)))
            return Result.Refused("The reply templates or the MP's policy words this draft was built from have changed since. Redraft it, or keep your text if you have checked it against the new wording.");

        var reference = Case.FormatReference(message.CaseId);
        var reply = OutboundFor(message, OutboundKind.Reply, draft.Subject, draft.TextBody, composer, office.Value, now, actor);
        reply.DraftId = draft.Id;
        db.Approvals.Add(new Approval { DraftId = draft.Id, ApprovedBy = actor, ApprovedAt = now });
        db.Outbox.Add(reply);
        // "Forward to their own MP": the same approval releases the forward prepared with this note (one row, once).
        var forward = await db.Forwardings.Where(f => f.MessageId == message.Id && f.OutboxId == null).OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct);
        var forwarded = forward is null ? null : Constituency.ForwardOutbox.Create(forward, message, office.Value, composer, reference, actor, now);
        if (forwarded is not null) db.Outbox.Add(forwarded);
        db.MoveTo(message, MessageStatus.Approved, now, actor, $"draft v{draft.Version} approved", from);
        await db.SaveChangesAsync(ct);
        db.Record(now, actor, "approved", nameof(Draft), draft.Id, $"message {message.Id} v{draft.Version}; outbox {reply.Id}", from);
        if (forward is not null && forwarded is not null)
        {
            forward.OutboxId = forwarded.Id;
            db.Record(now, actor, "forward-approved", nameof(InboundMessage), message.Id,
                $"letter forwarded to {forward.ToName} <{forward.ToAddress}> (personal data passed to another MP's office); outbox {forwarded.Id}", from);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        jobs.Enqueue<SendReplyJob>(j => j.RunAsync(reply.Id, CancellationToken.None));
        if (forwarded is not null) jobs.Enqueue<SendReplyJob>(j => j.RunAsync(forwarded.Id, CancellationToken.None));
        return new Result(true, reply.Id, null);
    }

    /// <summary>
    /// A person-approved message to the letter's writer, in its thread: a fresh Message-ID fixed now, In-Reply-To and
    /// References from the letter, the text and its HTML layout. The full reply and the holding reply are both this.
    /// </summary>
    public static OutboundReply OutboundFor(InboundMessage message, OutboundKind kind, string subject, string text,
        ReplyComposer composer, OfficeOptions office, DateTime now, string actor) => new()
    {
        MessageId = message.Id,
        LetterReceivedAt = message.ReceivedAt,
        Kind = kind,
        MessageIdHeader = ReplyMessageBuilder.NewMessageId(office),
        InReplyTo = message.MessageIdHeader,
        References = BuildReferences(message),
        ToAddress = message.ReplyTo ?? message.FromAddress,
        ToName = message.FromName,
        Subject = subject,
        TextBody = text,
        HtmlBody = composer.RenderHtml(subject, text, Case.FormatReference(message.CaseId)),
        QueuedAt = now,
        ApprovedBy = actor,
    };

    /// <summary>The original's References plus its own Message-ID, so the reply threads under it (RFC 5322 3.6.4).</summary>
    public static string? BuildReferences(InboundMessage message)
    {
        var ids = (message.References ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Trim('<', '>')).ToList();
        if (message.MessageIdHeader is { Length: > 0 } own && !ids.Contains(own)) ids.Add(own);
        return ids.Count == 0 ? null : string.Join(' ', ids.TakeLast(20).Select(i => $"<{i}>"));
    }
}
