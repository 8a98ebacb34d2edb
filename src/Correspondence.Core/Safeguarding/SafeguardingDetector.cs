using System.Text.RegularExpressions;

namespace Correspondence.Core.Safeguarding;

/// <summary>
/// Reads a letter sentence by sentence against the rule set and says which categories it reaches, with the phrases
/// that matched. Transparent on purpose: a manager can see why a letter was flagged and an admin can change the file.
/// </summary>
public sealed partial class SafeguardingDetector(SafeguardingRules rules)
{
    public sealed record Evidence(string RuleId, double Weight, string Phrase);
    public sealed record Flag(string Category, string Title, double Score, IReadOnlyList<Evidence> Evidence);
    public sealed record Verdict(IReadOnlyList<Flag> Flags)
    {
        public bool Flagged => Flags.Count > 0;

        /// <summary>"threat (1.0): "I will hurt you"; self_harm …" — short enough for a status reason and an audit line.</summary>
        public string Describe(int maxLength = 900)
        {
            var text = string.Join("; ", Flags.Select(f => $"{f.Category} ({f.Score:0.0}): " +
                string.Join(", ", f.Evidence.Select(e => $"\"{e.Phrase}\""))));
            return text.Length > maxLength ? text[..maxLength] : text;
        }
    }

    public SafeguardingRules Rules => rules;

    public Verdict Scan(string subject, string body)
    {
        var sentences = Sentences(Normalize(subject) + ".\n" + Normalize(StripQuoted(body)));
        var whole = string.Join(RuleScreen.Separator, sentences);
        var flags = new List<Flag>();
        foreach (var category in rules.Categories)
        {
            var found = new Dictionary<string, Evidence>();
            var candidates = category.Rules.Where(r => RuleScreen.MayMatch(r.Screen, whole)).ToList();
            if (candidates.Count == 0) continue;
            foreach (var sentence in sentences)
                foreach (var rule in candidates)
                {
                    if (found.ContainsKey(rule.Id)) continue;
                    foreach (Match m in rule.Pattern.Matches(sentence))
                    {
                        if (rule.Negatable && IsNegated(sentence, m)) continue;
                        if (category.SkipReported && rules.ReportingVerbs.IsMatch(sentence[..m.Index])) continue;
                        found[rule.Id] = new Evidence(rule.Id, rule.Weight, Phrase(sentence, m));
                        break;
                    }
                }
            var score = found.Values.Sum(e => e.Weight);
            if (found.Count > 0 && score >= category.Threshold - 1e-9)
                flags.Add(new Flag(category.Id, category.Title, score, found.Values.OrderByDescending(e => e.Weight).ToList()));
        }
        return new Verdict(flags);
    }

    /// <summary>A negation inside the match or in the few words before it ("I would never hurt", "not going to kill myself").</summary>
    private bool IsNegated(string sentence, Match m)
    {
        if (rules.Negations.IsMatch(m.Value)) return true;
        var before = Words().Matches(sentence[..m.Index]);
        var window = before.Count <= rules.NegationWindowWords ? sentence[..m.Index]
            : sentence[before[before.Count - rules.NegationWindowWords].Index..m.Index];
        return rules.Negations.IsMatch(window);
    }

    /// <summary>The matched words with a little context, at most ~120 characters: enough to judge, not the whole letter.</summary>
    private static string Phrase(string sentence, Match m)
    {
        var start = Math.Max(0, m.Index - 30);
        var end = Math.Min(sentence.Length, m.Index + m.Length + 30);
        while (start > 0 && !char.IsWhiteSpace(sentence[start - 1])) start++;
        while (end < sentence.Length && !char.IsWhiteSpace(sentence[end])) end--;
        if (start > m.Index) start = m.Index;
        if (end < m.Index + m.Length) end = m.Index + m.Length;
        return sentence[start..end].Trim();
    }

    /// <summary>Straight quotes and single spaces, so patterns need not cover every apostrophe a mail client writes.</summary>
    public static string Normalize(string text) =>
        Spaces().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"'), " ");

    /// <summary>Drops quoted earlier mail ("> …" lines, "On … wrote:" and what follows): our own words must not flag a reply.</summary>
    public static string StripQuoted(string body)
    {
        var lines = body.Replace("\r\n", "\n").Split('\n');
        var kept = new List<string>();
        foreach (var line in lines)
        {
            var t = line.TrimStart();
            if (t.StartsWith("-----Original Message", StringComparison.OrdinalIgnoreCase) || WroteLine().IsMatch(t)) break;
            if (!t.StartsWith('>')) kept.Add(line);
        }
        return string.Join("\n", kept);
    }

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+|(?<=[.!?])(?=[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[ \t\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^On .{5,200} wrote:$")]
    private static partial Regex WroteLine();
}
