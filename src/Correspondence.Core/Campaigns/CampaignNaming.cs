using System.Text.RegularExpressions;

namespace Correspondence.Core.Campaigns;

/// <summary>A campaign's name, topic and shared text, from its members.</summary>
public static partial class CampaignNaming
{
    /// <summary>The subject most members used (when at least half share it), else the campaign text's opening words.</summary>
    public static string Name(IReadOnlyList<string> subjects, IReadOnlyList<string> sentences)
    {
        var common = subjects.Select(s => ReplyPrefix().Replace(s ?? "", "").Trim()).Where(s => s.Length > 0)
            .GroupBy(s => s.ToLowerInvariant()).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (common is not null && common.Count() * 2 >= subjects.Count) return Cut(common.First());
        return sentences.Count > 0 ? Cut(sentences[0]) : "(no text)";
    }

    /// <summary>Counts a member's topic; the campaign's topic is the one most members have.</summary>
    public static void Vote(Campaign campaign, string? topicId)
    {
        if (topicId is null) return;
        var votes = campaign.TopicVotes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('=')).ToDictionary(v => v[0], v => int.Parse(v[1], System.Globalization.CultureInfo.InvariantCulture));
        votes[topicId] = votes.GetValueOrDefault(topicId) + 1;
        campaign.TopicVotes = string.Join(' ', votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
        campaign.TopicId = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>Sentences found (alike, not necessarily identical) in more than half of the letters, in the first letter's order.</summary>
    public static IReadOnlyList<string> SharedSentences(IReadOnlyList<IReadOnlyList<string>> letters)
    {
        var candidates = new List<(string Sentence, int Count)>();
        foreach (var letter in letters)
        {
            var counted = new HashSet<int>();
            foreach (var sentence in letter)
            {
                var at = candidates.FindIndex(c => PersonalAdditions.IsSameSentence(c.Sentence, sentence));
                if (at < 0) candidates.Add((sentence, 1));
                else if (counted.Add(at)) candidates[at] = (candidates[at].Sentence, candidates[at].Count + 1);
                if (at < 0) counted.Add(candidates.Count - 1);
            }
        }
        var shared = candidates.Where(c => c.Count * 2 > letters.Count).Select(c => c.Sentence).ToList();
        return shared.Count > 0 ? shared : letters.FirstOrDefault() ?? [];
    }

    private static string Cut(string text) => text.Length <= 80 ? text : text[..77].TrimEnd() + "...";

    [GeneratedRegex(@"^((re|fw|fwd|aw)\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
