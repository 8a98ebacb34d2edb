using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Constituency;

/// <summary>
/// A Manager's merge of two records of one person (docs/decisions/0015-constituent-matching.md): the cases, and so
/// every letter, draft, reply and forward, move to the record kept; blanks in it are filled from the other; audit
/// entries about the other record are re-pointed to the kept one so subject access and erasure still find them; the
/// other record is deleted. One transaction with its own audit record.
/// </summary>
public sealed class ConstituentMerger(CorrespondenceDbContext db, TimeProvider clock)
{
    public sealed record Result(bool Merged, string Message);

    /// <summary>Other records that may be this person: the same address with another name (for a person to judge), or the same name and postcode.</summary>
    public async Task<IReadOnlyList<Constituent>> SuggestionsAsync(long id, CancellationToken ct)
    {
        var person = await db.Constituents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (person is null) return [];
        var sameAddress = await db.Constituents.AsNoTracking().Where(c => c.Email == person.Email && c.Id != id).Take(20).ToListAsync(ct);
        var samePostcode = person.Postcode is null ? []
            : await db.Constituents.AsNoTracking().Where(c => c.Postcode == person.Postcode && c.Id != id).Take(500).ToListAsync(ct);
        return sameAddress.Concat(samePostcode.Where(c => ConstituentMatcher.LikelySamePerson(person, c)))
            .DistinctBy(c => c.Id).OrderBy(c => c.Id).ToList();
    }

    public async Task<Result> MergeAsync(long keepId, long mergeId, string actor, string? from, CancellationToken ct)
    {
        if (keepId == mergeId) return new Result(false, "Choose two different records to merge.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var keep = await db.Constituents.SingleOrDefaultAsync(c => c.Id == keepId, ct);
        var other = await db.Constituents.SingleOrDefaultAsync(c => c.Id == mergeId, ct);
        if (keep is null || other is null) return new Result(false, $"Record {(keep is null ? keepId : mergeId)} no longer exists: nothing merged.");

        var cases = await db.Cases.Where(c => c.ConstituentId == mergeId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConstituentId, keepId), ct);
        var audit = await db.AuditRecords.Where(a => a.EntityType == nameof(Constituent) && a.EntityId == mergeId.ToString())
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EntityId, keepId.ToString()), ct);
        if (keep.Name.Length == 0) keep.Name = other.Name;
        if (keep.Postcode is null && other.Postcode is not null) (keep.Postcode, keep.Constituency) = (other.Postcode, other.Constituency);
        if (other.FirstSeenAt < keep.FirstSeenAt) keep.FirstSeenAt = other.FirstSeenAt;
        db.Constituents.Remove(other);
        var now = clock.GetUtcNow().UtcDateTime;
        // The detail names the two record ids only: the person's details stay on their record, not in the log.
        db.Record(now, actor, "constituent-merged", nameof(Constituent), keepId,
            $"record {mergeId} merged into {keepId}: {cases} cases moved, {audit} audit entries re-pointed", from);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Result(true, $"Merged record {mergeId} into this one: {cases} cases (with their letters and replies) moved here.");
    }
}
