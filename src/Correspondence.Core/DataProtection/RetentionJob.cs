using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.DataProtection;

/// <summary>
/// Enforces the retention rules: old messages are deleted or anonymised, then cases and people with nothing left are
/// deleted. Writes a report (an audit record and a log line, counts only). Driven by dates and an anonymised marker,
/// so a second run, or a run after a crash, finds only what is left to do.
/// </summary>
public sealed class RetentionJob(CorrespondenceDbContext db, IOptions<RetentionOptions> options, TimeProvider clock,
    ILogger<RetentionJob> log)
{
    public const string RecurringJobId = "retention";
    public const string AnonymisedDomain = "@anonymised.invalid";
    private const int BatchSize = 500;

    public sealed record Report(IReadOnlyList<string> Lines, int Deleted, int Anonymised, int CasesDeleted, int PeopleDeleted)
    {
        public override string ToString() => $"retention: {Deleted} messages deleted, {Anonymised} anonymised, {CasesDeleted} empty cases and {PeopleDeleted} people with nothing left deleted" +
            (Lines.Count > 0 ? $" ({string.Join("; ", Lines)})" : "");
    }

    [DisableConcurrentExecution(600)]
    public async Task<Report> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = new List<string>();
        var (deleted, anonymised) = (0, 0);
        if (!options.Value.Enabled) return new Report(lines, 0, 0, 0, 0);
        foreach (var rule in options.Value.Rules)
        {
            var before = now.AddDays(-rule.AfterDays);
            var done = 0;
            while (!ct.IsCancellationRequested)
            {
                var ids = await db.Messages
                    .Where(m => m.Status == rule.Status && m.StatusChangedAt < before && !m.FromAddress.EndsWith(AnonymisedDomain))
                    .OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
                if (ids.Count == 0) break;
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (rule.Action == RetentionAction.Delete) await SubjectEraser.RemoveMessagesAsync(db, ids, ct);
                else await AnonymiseAsync(ids, ct);
                await tx.CommitAsync(ct);
                done += ids.Count;
            }
            if (done > 0) lines.Add($"{rule.Status} older than {rule.AfterDays} days: {done} {(rule.Action == RetentionAction.Delete ? "deleted" : "anonymised")}");
            if (rule.Action == RetentionAction.Delete) deleted += done; else anonymised += done;
        }

        // People whose every letter is anonymised keep no name, address or postcode either.
        await db.Constituents
            .Where(p => !p.Email.EndsWith(AnonymisedDomain) && db.Cases.Any(c => c.ConstituentId == p.Id)
                && !db.Messages.Any(m => !m.FromAddress.EndsWith(AnonymisedDomain) && db.Cases.Any(c => c.Id == m.CaseId && c.ConstituentId == p.Id)))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, p => "person-" + p.Id + AnonymisedDomain)
                .SetProperty(p => p.Name, "").SetProperty(p => p.Postcode, (string?)null), ct);

        var emptyCases = await db.Cases.Where(c => !db.Messages.Any(m => m.CaseId == c.Id)).Select(c => c.Id).ToListAsync(ct);
        await SubjectEraser.ScrubAuditAsync(db, emptyCases.Select(id => $"{nameof(Case)}:{id}").ToList(), ct);
        var casesDeleted = await db.Cases.Where(c => emptyCases.Contains(c.Id)).ExecuteDeleteAsync(ct);
        var emptyPeople = await db.Constituents.Where(p => !db.Cases.Any(c => c.ConstituentId == p.Id)).Select(p => p.Id).ToListAsync(ct);
        await SubjectEraser.ScrubAuditAsync(db, emptyPeople.Select(id => $"{nameof(Constituent)}:{id}").ToList(), ct);
        var peopleDeleted = await db.Constituents.Where(p => emptyPeople.Contains(p.Id)).ExecuteDeleteAsync(ct);

        var report = new Report(lines, deleted, anonymised, casesDeleted, peopleDeleted);
        db.Record(now, Audit.System, "retention-run", "Retention", "policy", report.ToString());
        await db.SaveChangesAsync(ct);
        log.LogInformation("Retention run: {Deleted} messages deleted, {Anonymised} anonymised, {Cases} empty cases, {People} people with nothing left deleted",
            deleted, anonymised, casesDeleted, peopleDeleted);
        return report;
    }

    /// <summary>Keeps status, dates and topics; the writer, their words, the drafts and the replies' text go.</summary>
    private async Task AnonymiseAsync(List<long> ids, CancellationToken ct)
    {
        var draftIds = await db.Drafts.Where(d => ids.Contains(d.MessageId)).Select(d => d.Id).ToListAsync(ct);
        await SubjectEraser.ScrubAuditAsync(db, SubjectData.AuditKeys(-1, [], ids, draftIds), ct);
        await db.Attachments.Where(a => ids.Contains(a.MessageId)).ExecuteDeleteAsync(ct);
        await db.Cases.Where(c => db.Messages.Any(m => ids.Contains(m.Id) && m.CaseId == c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Subject, "(anonymised)"), ct);
        await db.Drafts.Where(d => ids.Contains(d.MessageId)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.TextBody, "").SetProperty(d => d.Subject, "(anonymised)"), ct);
        await db.Outbox.Where(o => ids.Contains(o.MessageId)).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.TextBody, "").SetProperty(o => o.HtmlBody, "").SetProperty(o => o.Subject, "(anonymised)")
            .SetProperty(o => o.ToAddress, "someone" + AnonymisedDomain).SetProperty(o => o.ToName, ""), ct);
        await db.Messages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.TextBody, "").SetProperty(m => m.HtmlBody, (string?)null).SetProperty(m => m.Subject, "(anonymised)")
            .SetProperty(m => m.FromName, "").SetProperty(m => m.FromAddress, "someone" + AnonymisedDomain)
            .SetProperty(m => m.ReplyTo, (string?)null).SetProperty(m => m.Postcodes, "").SetProperty(m => m.StatusReason, (string?)null)
            .SetProperty(m => m.InReplyTo, (string?)null).SetProperty(m => m.References, (string?)null), ct);
    }
}
