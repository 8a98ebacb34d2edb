using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Correspondence.Core.Triage.Learning;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.DataProtection;

/// <summary>Everything the office holds about one person: their record, cases, messages, drafts, approvals, replies, corrections, audit entries and the forwards of their letters to other MPs' offices.</summary>
public sealed record SubjectData(
    Constituent Constituent,
    IReadOnlyList<Case> Cases,
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<Approval> Approvals,
    IReadOnlyList<OutboundReply> Replies,
    IReadOnlyList<TopicCorrection> Corrections,
    IReadOnlyList<AuditRecord> Audit,
    IReadOnlyList<Constituency.Forwarding>? Forwards = null)
{
    public static async Task<SubjectData?> LoadAsync(CorrespondenceDbContext db, long constituentId, CancellationToken ct)
    {
        var constituent = await db.Constituents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == constituentId, ct);
        if (constituent is null) return null;
        var cases = await db.Cases.AsNoTracking().Where(c => c.ConstituentId == constituentId).OrderBy(c => c.Id).ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var messages = await db.Messages.AsNoTracking().Where(m => caseIds.Contains(m.CaseId))
            .Include(m => m.Drafts).Include(m => m.Topics).Include(m => m.Attachments).AsSplitQuery()
            .OrderBy(m => m.Id).ToListAsync(ct);
        var messageIds = messages.Select(m => m.Id).ToList();
        var draftIds = messages.SelectMany(m => m.Drafts).Select(d => d.Id).ToList();
        var keys = AuditKeys(constituentId, caseIds, messageIds, draftIds);
        var audit = (await db.AuditRecords.AsNoTracking()
                .Where(a => (a.EntityType == nameof(Constituent) || a.EntityType == nameof(Case) || a.EntityType == nameof(InboundMessage) || a.EntityType == nameof(Draft)))
                .Where(a => keys.Contains(a.EntityType + ":" + a.EntityId))
                .OrderBy(a => a.Id).ToListAsync(ct));
        return new SubjectData(constituent, cases, messages,
            await db.Approvals.AsNoTracking().Where(a => draftIds.Contains(a.DraftId)).OrderBy(a => a.Id).ToListAsync(ct),
            await db.Outbox.AsNoTracking().Where(o => messageIds.Contains(o.MessageId)).OrderBy(o => o.Id).ToListAsync(ct),
            await db.TopicCorrections.AsNoTracking().Where(c => messageIds.Contains(c.MessageId)).OrderBy(c => c.Id).ToListAsync(ct),
            audit,
            await db.Forwardings.AsNoTracking().Where(f => messageIds.Contains(f.MessageId)).OrderBy(f => f.Id).ToListAsync(ct));
    }

    /// <summary>"EntityType:Id" keys of every audit record that is about this person's data.</summary>
    public static List<string> AuditKeys(long constituentId, IEnumerable<long> caseIds, IEnumerable<long> messageIds, IEnumerable<long> draftIds) =>
        [$"{nameof(Constituent)}:{constituentId}",
            .. caseIds.Select(id => $"{nameof(Case)}:{id}"),
            .. messageIds.Select(id => $"{nameof(InboundMessage)}:{id}"),
            .. draftIds.Select(id => $"{nameof(Draft)}:{id}")];
}
