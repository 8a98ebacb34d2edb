namespace Correspondence.Core.Campaigns;

/// <summary>
/// Sentence-level difference between a member's letter and the campaign text: a member's sentence is the campaign's
/// when it shares most of its words with one of the campaign's sentences (so typos and small edits still match, in
/// any order); the rest are the writer's own additions.
/// </summary>
public static class PersonalAdditions
{
    /// <summary>Share of words two sentences must share (of the larger word set) to be the same sentence.</summary>
    public const double SameSentence = 0.6;

    public static IReadOnlyList<string> Find(IReadOnlyList<string> memberSentences, IReadOnlyList<string> campaignSentences)
    {
        var campaign = campaignSentences.Select(WordSet).ToList();
        return memberSentences.Where(s => !Matches(WordSet(s), campaign)).ToList();
    }

    /// <summary>Which of the member's sentences are additions, in order, for highlighting (true = added).</summary>
    public static IReadOnlyList<(string Sentence, bool Added)> Mark(IReadOnlyList<string> memberSentences, IReadOnlyList<string> campaignSentences)
    {
        var campaign = campaignSentences.Select(WordSet).ToList();
        return memberSentences.Select(s => (s, !Matches(WordSet(s), campaign))).ToList();
    }

    public static bool IsSameSentence(string a, string b) => Alike(WordSet(a), WordSet(b));

    private static bool Matches(HashSet<string> sentence, List<HashSet<string>> campaign) =>
        campaign.Any(c => Alike(sentence, c));

    private static bool Alike(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return a.Count == b.Count;
        var shared = a.Count(b.Contains);
        return shared >= SameSentence * Math.Max(a.Count, b.Count);
    }

    private static HashSet<string> WordSet(string sentence) => new(LetterText.Words(sentence), StringComparer.Ordinal);
}
