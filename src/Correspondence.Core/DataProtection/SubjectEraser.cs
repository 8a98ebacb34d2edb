using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.DataProtection;

/// <summary>
/// Erases one person on request: their record, cases, messages (with drafts, approvals, attachments, topic corrections)
/// and replies; audit entries about them keep who/what/when but lose their detail. One transaction, with an audit
/// record that holds counts and the record id only, never the person's details.
/// </summary>
public sealed class SubjectEraser(CorrespondenceDbContext db, TimeProvider clock)
{
    public sealed record Result(bool Erased, string Message);

    public async Task<Result> EraseAsync(long constituentId, string actor, string? from, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var exists = await db.Constituents.AnyAsync(c => c.Id == constituentId, ct);
        if (!exists) return new Result(false, "No such person: nothing erased.");
        var caseIds = await db.Cases.Where(c => c.ConstituentId == constituentId).Select(c => c.Id).ToListAsync(ct);
        var messageIds = await db.Messages.Where(m => caseIds.Contains(m.CaseId)).Select(m => m.Id).ToListAsync(ct);
        if (await db.Outbox.AnyAsync(o => messageIds.Contains(o.MessageId) && (o.Status == OutboxStatus.Queued || o.Status == OutboxStatus.Sending), ct))
            return new Result(false, "A reply to this person is being sent right now. Wait until it has gone (or cancel it), then erase.");

        var counts = await RemoveMessagesAsync(db, messageIds, ct);
        await db.Cases.Where(c => c.ConstituentId == constituentId).ExecuteDeleteAsync(ct);
        await db.Constituents.Where(c => c.Id == constituentId).ExecuteDeleteAsync(ct);
        var keys = SubjectData.AuditKeys(constituentId, caseIds, [], []);
        var scrubbed = counts.AuditScrubbed + await ScrubAuditAsync(db, keys, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var summary = $"erased on request: {caseIds.Count} cases, {messageIds.Count} messages, {counts.Replies} replies; {scrubbed} audit entries kept without detail";
        db.Record(now, actor, "subject-erased", nameof(Constituent), constituentId, summary, from);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Result(true, $"Erased record {constituentId}: {summary}.");
    }

    internal sealed record Removed(int Replies, int AuditScrubbed);

    /// <summary>Deletes messages and everything hanging off them; audit entries about them lose their detail. Shared with retention.</summary>
    internal static async Task<Removed> RemoveMessagesAsync(CorrespondenceDbContext db, IReadOnlyList<long> messageIds, CancellationToken ct)
    {
        if (messageIds.Count == 0) return new Removed(0, 0);
        var draftIds = await db.Drafts.Where(d => messageIds.Contains(d.MessageId)).Select(d => d.Id).ToListAsync(ct);
        var scrubbed = await ScrubAuditAsync(db, SubjectData.AuditKeys(-1, [], messageIds, draftIds), ct);
        await db.Approvals.Where(a => draftIds.Contains(a.DraftId)).ExecuteDeleteAsync(ct);
        await db.Forwardings.Where(f => messageIds.Contains(f.MessageId)).ExecuteDeleteAsync(ct);
        var replies = await db.Outbox.Where(o => messageIds.Contains(o.MessageId)).ExecuteDeleteAsync(ct);
        await db.TopicCorrections.Where(c => messageIds.Contains(c.MessageId)).ExecuteDeleteAsync(ct);
        await db.Drafts.Where(d => messageIds.Contains(d.MessageId)).ExecuteDeleteAsync(ct);
        await db.TopicAssignments.Where(t => messageIds.Contains(t.MessageId)).ExecuteDeleteAsync(ct);
        await db.PolicyMatches.Where(p => messageIds.Contains(p.MessageId)).ExecuteDeleteAsync(ct);
        await db.Attachments.Where(a => messageIds.Contains(a.MessageId)).ExecuteDeleteAsync(ct);
        await db.Messages.Where(m => messageIds.Contains(m.Id)).ExecuteDeleteAsync(ct);
        return new Removed(replies, scrubbed);
    }

    /// <summary>Keeps who did what and when; drops the detail (reasons, evidence phrases, addresses) that may hold personal data.</summary>
    internal static Task<int> ScrubAuditAsync(CorrespondenceDbContext db, List<string> keys, CancellationToken ct) =>
        db.AuditRecords.Where(a => keys.Contains(a.EntityType + ":" + a.EntityId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, "(personal data erased)"), ct);
}
