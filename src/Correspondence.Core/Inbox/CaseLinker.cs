using Correspondence.Core.Cases;
using Correspondence.Core.Constituency;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Inbox;

/// <summary>
/// Puts a message in its case: a reply to one of ours or to an earlier message joins that case (by In-Reply-To or
/// References), else the same sender with the same normalised subject within the window; otherwise a new case.
/// </summary>
public sealed class CaseLinker(CorrespondenceDbContext db)
{
    public static readonly TimeSpan SubjectWindow = TimeSpan.FromDays(30);

    public async Task<Case> FindOrOpenCaseAsync(InboundMessage message, IReadOnlyList<InboundMessage> sameBatch, DateTime now, CancellationToken ct)
    {
        var address = message.FromAddress.ToLowerInvariant();
        var referenced = ReferencedIds(message);
        if (referenced.Count > 0)
        {
            var inBatch = sameBatch.FirstOrDefault(m => m.MessageIdHeader is not null && referenced.Contains(m.MessageIdHeader));
            if (inBatch?.Case is not null) return inBatch.Case;
            var caseId = await db.Outbox.Where(o => referenced.Contains(o.MessageIdHeader))
                .Join(db.Messages, o => o.MessageId, m => m.Id, (o, m) => new { o.Id, m.CaseId }).OrderBy(x => x.Id).Select(x => (long?)x.CaseId).FirstOrDefaultAsync(ct)
                ?? await db.Messages.Where(m => m.MessageIdHeader != null && referenced.Contains(m.MessageIdHeader))
                    .OrderBy(m => m.Id).Select(m => (long?)m.CaseId).FirstOrDefaultAsync(ct);
            if (caseId is not null) return await db.Cases.SingleAsync(c => c.Id == caseId, ct);
        }

        var subject = NormalizeSubject(message.Subject);
        if (subject.Length > 0)
        {
            // The name must agree too: two people sharing a family address write about the same thing.
            var batchMatch = sameBatch.FirstOrDefault(m =>
                m.FromAddress.Equals(address, StringComparison.OrdinalIgnoreCase) && NormalizeSubject(m.Subject) == subject
                && ConstituentMatcher.CompatibleNames(m.FromName, message.FromName));
            if (batchMatch?.Case is not null) return batchMatch.Case;
            var since = now - SubjectWindow;
            var recent = await db.Messages
                .Where(m => m.FromAddress == address && m.ReceivedAt >= since)
                .OrderByDescending(m => m.Id).Select(m => new { m.CaseId, m.Subject, m.FromName }).Take(50).ToListAsync(ct);
            var match = recent.FirstOrDefault(m => NormalizeSubject(m.Subject) == subject && ConstituentMatcher.CompatibleNames(m.FromName, message.FromName));
            if (match is not null) return await db.Cases.SingleAsync(c => c.Id == match.CaseId, ct);
        }

        // Earlier messages of this batch first (DbSet.Local would run change detection on every call: slow in a batch).
        // Who wrote it (ConstituentMatcher): the records this address already belongs to, including one it was merged
        // into (found through its letters), then the name decides between people sharing the address.
        var sameAddress = sameBatch.Select(m => m.Case?.Constituent).OfType<Constituent>().Where(c => c.Email == address).ToList();
        // Two indexed look-ups (Constituents.Email, Messages.FromAddress) rather than one OR that would scan every record.
        sameAddress.AddRange(await db.Constituents.Where(c => c.Email == address).Take(50).ToListAsync(ct));
        var viaLetters = await db.Messages.Where(m => m.FromAddress == address).Select(m => m.Case!.ConstituentId).Distinct().Take(50).ToListAsync(ct);
        if (viaLetters.Any(id => sameAddress.All(c => c.Id != id)))
            sameAddress.AddRange(await db.Constituents.Where(c => viaLetters.Contains(c.Id)).ToListAsync(ct));
        var constituent = ConstituentMatcher.PickForAddress(sameAddress.Distinct(), message.FromName);
        if (constituent is null)
            db.Constituents.Add(constituent = new Constituent { Email = address, Name = message.FromName, FirstSeenAt = now });
        else if (constituent.Name.Length == 0)
            constituent.Name = message.FromName;
        var opened = new Case { Constituent = constituent, OpenedAt = now, Subject = message.Subject };
        db.Cases.Add(opened);
        return opened;
    }

    /// <summary>"Re: Fwd: RE:  Hospital   waiting list" -> "hospital waiting list".</summary>
    public static string NormalizeSubject(string subject)
    {
        var s = subject.Trim();
        while (true)
        {
            var colon = s.IndexOf(':');
            if (colon is > 0 and <= 4 && s[..colon].Trim().ToLowerInvariant() is "re" or "fw" or "fwd" or "aw" or "sv")
                s = s[(colon + 1)..].TrimStart();
            else break;
        }
        return string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static HashSet<string> ReferencedIds(InboundMessage message)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (message.InReplyTo is { Length: > 0 } inReplyTo) ids.Add(inReplyTo.Trim('<', '>', ' '));
        if (message.References is { Length: > 0 } refs)
            foreach (var r in refs.Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
                ids.Add(r.Trim('<', '>'));
        return ids;
    }
}
