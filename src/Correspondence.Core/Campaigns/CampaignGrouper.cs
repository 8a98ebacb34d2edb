using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Campaigns;

/// <summary>
/// Groups near-identical letters as they are processed. Per letter: its sentences, a MinHash signature, LSH band keys;
/// one indexed look-up of the keys finds candidate signatures (campaign representatives and letters not yet matched),
/// and the best candidate at or above the threshold on the full signature wins. Members joining a campaign add no
/// index rows, so the look-up costs the same with ten or ten million letters stored. Escalated letters never reach
/// this (only Drafted or NeedsTriage ones are grouped). The caller saves, in the processing batch's transaction.
/// </summary>
public sealed class CampaignGrouper(CorrespondenceDbContext db, CampaignDrafting drafting, IOptions<CampaignOptions> options, TimeProvider clock)
{
    /// <summary>The campaign text is rebuilt from its members' shared sentences when it forms and again at this size.</summary>
    public const int RebuildAtMembers = 20;

    private readonly CampaignOptions _options = options.Value;
    // Banded for the lowest similarity that can still join (threshold - allowance), so banding loses nothing the rule keeps.
    private readonly LshBands _lsh = new(options.Value.SimilarityThreshold - options.Value.EditAllowance);

    private sealed record Letter(InboundMessage Message, IReadOnlyList<string> Sentences, uint[] Signature, long[] Keys, int Shingles);

    private sealed class Entry(CampaignSignature row, uint[] values)
    {
        public CampaignSignature Row { get; } = row;
        public uint[] Values { get; set; } = values;
    }

    /// <summary>Alike enough: the Jaccard threshold, or a little less when one text is nearly all inside the other.</summary>
    private bool Joins(double jaccard, int letterShingles, int candidateShingles) =>
        jaccard >= _options.SimilarityThreshold
        || jaccard >= _options.SimilarityThreshold - _options.EditAllowance
            && MinHash.Containment(jaccard, letterShingles, candidateShingles) >= _options.SimilarityThreshold + _options.EditAllowance;

    /// <summary>Groups the tracked messages; returns released campaigns that gained members (to be answered after commit).</summary>
    public async Task<IReadOnlyList<Campaign>> GroupAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        var letters = new List<Letter>();
        foreach (var message in messages.Where(m => m.Status is MessageStatus.Drafted or MessageStatus.NeedsTriage && !m.IsAutomated))
        {
            var sentences = LetterText.Sentences(message.TextBody);
            if (sentences.Sum(s => LetterText.Words(s).Count) < _options.MinWords) continue;
            var shingles = MinHash.ShingleHashes(sentences);
            var signature = MinHash.Signature(shingles);
            letters.Add(new Letter(message, sentences, signature, _lsh.Keys(signature), shingles.Count));
        }
        if (letters.Count == 0) return [];

        var index = await LoadIndexAsync(letters.SelectMany(l => l.Keys).Distinct().ToList(), ct);
        var answerLate = new List<Campaign>();
        foreach (var letter in letters)
        {
            var (best, similarity) = BestCandidate(letter, index);
            if (best is null || !Joins(similarity, letter.Shingles, best.Row.Shingles))
            {
                AddLoose(letter, index);
                continue;
            }
            var campaign = best.Row.Campaign ?? await FormAsync(best, ct);
            await JoinAsync(campaign, letter.Message, letter.Sentences, similarity, index, ct);
            if (campaign.Status == CampaignStatus.Released && !answerLate.Contains(campaign)) answerLate.Add(campaign);
        }
        return answerLate;
    }

    private async Task<Dictionary<long, List<Entry>>> LoadIndexAsync(List<long> keys, CancellationToken ct)
    {
        var buckets = await db.CampaignBuckets.Where(b => keys.Contains(b.Key)).Select(b => new { b.Key, b.SignatureId }).ToListAsync(ct);
        var ids = buckets.Select(b => b.SignatureId).Distinct().ToList();
        var rows = await db.CampaignSignatures.Include(s => s.Campaign).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var entries = rows.Values.ToDictionary(r => r.Id, r => new Entry(r, MinHash.FromBytes(r.Values)));
        var index = new Dictionary<long, List<Entry>>();
        foreach (var bucket in buckets)
            Add(index, bucket.Key, entries[bucket.SignatureId]);
        return index;
    }

    private (Entry? Best, double Similarity) BestCandidate(Letter letter, Dictionary<long, List<Entry>> index)
    {
        Entry? best = null;
        var bestSimilarity = -1.0;
        var seen = new HashSet<Entry>();
        foreach (var key in letter.Keys)
        {
            if (!index.TryGetValue(key, out var entries)) continue;
            foreach (var entry in entries)
            {
                if (!seen.Add(entry)) continue;
                var similarity = MinHash.Similarity(letter.Signature, entry.Values);
                if (!Joins(similarity, letter.Shingles, entry.Row.Shingles)) continue;
                // A campaign that takes the letter beats a loose letter, and the larger of two campaigns that both
                // take it wins: a small look-alike campaign formed by heavily edited copies must not split the text.
                var (mine, theirs) = (entry.Row.Campaign, best?.Row.Campaign);
                var better = best is null || (mine is not null) != (theirs is not null)
                    ? best is null || mine is not null
                    : mine is not null && mine.MemberCount != theirs!.MemberCount
                        ? mine.MemberCount > theirs.MemberCount
                        : similarity > bestSimilarity;
                if (better)
                    (best, bestSimilarity) = (entry, similarity);
            }
        }
        return (best, bestSimilarity);
    }

    private void AddLoose(Letter letter, Dictionary<long, List<Entry>> index)
    {
        var row = new CampaignSignature { MessageId = letter.Message.Id, Values = MinHash.ToBytes(letter.Signature), Shingles = letter.Shingles, CreatedAt = Now };
        db.CampaignSignatures.Add(row);
        var entry = new Entry(row, letter.Signature);
        foreach (var key in letter.Keys)
        {
            db.CampaignBuckets.Add(new CampaignBucket { Key = key, Signature = row });
            Add(index, key, entry);
        }
    }

    /// <summary>A loose letter matched for the first time: it becomes a forming campaign's first member and representative.</summary>
    private async Task<Campaign> FormAsync(Entry loose, CancellationToken ct)
    {
        var first = await db.Messages.Include(m => m.Topics).SingleAsync(m => m.Id == loose.Row.MessageId, ct);
        var sentences = LetterText.Sentences(first.TextBody);
        var campaign = new Campaign
        {
            Name = CampaignNaming.Name([first.Subject], sentences),
            RepresentativeText = string.Join('\n', sentences),
            RepresentativeMessageId = first.Id,
            FirstSeenAt = first.ReceivedAt,
            LastSeenAt = first.ReceivedAt,
        };
        db.Campaigns.Add(campaign);
        loose.Row.Campaign = campaign;
        // The first letter's own additions are unknown until the campaign's shared text is built (when it forms).
        AddMember(campaign, first, 1.0, [], null);
        return campaign;
    }

    private async Task JoinAsync(Campaign campaign, InboundMessage message, IReadOnlyList<string> sentences, double similarity,
        Dictionary<long, List<Entry>> index, CancellationToken ct)
    {
        var additions = PersonalAdditions.Find(sentences, campaign.RepresentativeText.Split('\n'));
        AddMember(campaign, message, similarity, additions, CaseworkRules.Match(additions));
        if (message.ReceivedAt > campaign.LastSeenAt) campaign.LastSeenAt = message.ReceivedAt;
        if (message.ReceivedAt < campaign.FirstSeenAt) campaign.FirstSeenAt = message.ReceivedAt;
        if (campaign.Status == CampaignStatus.Forming && campaign.MemberCount + campaign.PulledOutCount >= _options.MinMembers
            || campaign.Status != CampaignStatus.Forming && campaign.MemberCount + campaign.PulledOutCount == RebuildAtMembers)
            await RebuildAsync(campaign, index, ct);
    }

    private void AddMember(Campaign campaign, InboundMessage message, double similarity, IReadOnlyList<string> additions, string? casework)
    {
        var member = new CampaignMember
        {
            Campaign = campaign,
            MessageId = message.Id,
            Similarity = similarity,
            JoinedAt = Now,
            Additions = string.Join('\n', additions),
        };
        db.CampaignMembers.Add(member); // fix-up adds it to campaign.Members
        CampaignNaming.Vote(campaign, message.Topics.OrderByDescending(t => t.Confidence).FirstOrDefault()?.TopicId);
        db.Record(Now, Audit.System, "campaign:joined", nameof(InboundMessage), message.Id,
            $"near-identical to campaign \u201C{campaign.Name}\u201D (similarity {similarity:0.00})");
        if (casework is not null) PullOut(campaign, member, message, casework, counted: false);
        else
        {
            campaign.MemberCount++;
            if (campaign.Status != CampaignStatus.Forming) message.Campaign = campaign;
        }
    }

    /// <summary>Casework in a campaign letter: it keeps its own draft and waits for a person, with the reason shown.</summary>
    private void PullOut(Campaign campaign, CampaignMember member, InboundMessage message, string reason, bool counted)
    {
        if (counted) campaign.MemberCount--;
        member.PulledOut = true;
        member.PullOutReason = reason;
        campaign.PulledOutCount++;
        message.Campaign = null;
        message.CampaignId = null;
        message.StatusReason = $"campaign letter with its own addition, read it yourself ({reason})";
        db.Record(Now, Audit.System, "campaign:pulled-out", nameof(InboundMessage), message.Id, message.StatusReason);
    }

    /// <summary>
    /// Rebuilds the campaign text from the sentences most members share (so one writer's additions never become the
    /// campaign's), re-reads every member's additions against it, re-indexes the signature, and on forming opens the
    /// campaign with its first draft.
    /// </summary>
    private async Task RebuildAsync(Campaign campaign, Dictionary<long, List<Entry>> index, CancellationToken ct)
    {
        if (campaign.Id != 0) await db.CampaignMembers.Where(m => m.CampaignId == campaign.Id).LoadAsync(ct);
        var ids = campaign.Members.Select(m => m.MessageId).ToList();
        var messages = await db.Messages.Include(m => m.Topics).Include(m => m.PolicyMatches).AsSplitQuery()
            .Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var texts = campaign.Members.Select(m => LetterText.Sentences(messages[m.MessageId].TextBody)).ToList();
        var shared = CampaignNaming.SharedSentences(texts);
        campaign.RepresentativeText = string.Join('\n', shared);
        campaign.Name = CampaignNaming.Name(messages.Values.Select(m => m.Subject).ToList(), shared);
        var shingles = MinHash.ShingleHashes(shared);
        Reindex(campaign, MinHash.Signature(shingles), shingles.Count, index);

        foreach (var member in campaign.Members)
        {
            var message = messages[member.MessageId];
            var additions = PersonalAdditions.Find(LetterText.Sentences(message.TextBody), shared);
            member.Additions = string.Join('\n', additions);
            if (!member.PulledOut && CaseworkRules.Match(additions) is { } reason) PullOut(campaign, member, message, reason, counted: true);
            else if (!member.PulledOut) message.Campaign = campaign;
        }
        if (campaign.Status == CampaignStatus.Forming)
        {
            campaign.Status = CampaignStatus.Open;
            var representative = messages.Values.Where(m => m.Topics.Any(t => t.TopicId == campaign.TopicId)).OrderBy(m => m.Id).FirstOrDefault()
                ?? messages[campaign.RepresentativeMessageId];
            drafting.StartDraft(campaign, representative, Now);
        }
    }

    private void Reindex(Campaign campaign, uint[] signature, int shingleCount, Dictionary<long, List<Entry>> index)
    {
        var entry = index.Values.SelectMany(e => e).FirstOrDefault(e => e.Row.Campaign == campaign);
        var row = entry?.Row ?? db.CampaignSignatures.Local.First(s => s.Campaign == campaign);
        var oldKeys = _lsh.Keys(MinHash.FromBytes(row.Values)).ToHashSet();
        var newKeys = _lsh.Keys(signature).ToHashSet();
        // Local runs change detection over everything the batch tracks: read it once, not once per key.
        var trackedBuckets = oldKeys.IsSubsetOf(newKeys) ? []
            : db.CampaignBuckets.Local.Where(b => b.Signature == row).ToList();
        foreach (var key in oldKeys.Except(newKeys))
        {
            var tracked = trackedBuckets.FirstOrDefault(b => b.Key == key);
            db.CampaignBuckets.Remove(tracked ?? new CampaignBucket { Key = key, SignatureId = row.Id });
            if (index.TryGetValue(key, out var list)) list.RemoveAll(e => e.Row == row);
        }
        row.Values = MinHash.ToBytes(signature);
        row.Shingles = shingleCount;
        entry ??= new Entry(row, signature);
        entry.Values = signature;
        foreach (var key in newKeys)
        {
            if (!oldKeys.Contains(key)) db.CampaignBuckets.Add(new CampaignBucket { Key = key, Signature = row });
            Add(index, key, entry);
        }
    }

    private static void Add(Dictionary<long, List<Entry>> index, long key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(entry)) list.Add(entry);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
