using System.Text.RegularExpressions;

namespace Correspondence.Core.Triage;

/// <summary>
/// First classifier: each topic's front-matter keywords, counted in the subject (double weight) and body.
/// Confidence grows with the evidence and saturates, so one passing mention stays below the threshold.
/// </summary>
public sealed class KeywordClassifier
{
    private const double Saturation = 2.5;
    private const int MaxHitsPerKeyword = 3;
    private readonly IReadOnlyList<(string TopicId, IReadOnlyList<(string Keyword, Regex Pattern)> Keywords, Regex? NotKeywords)> _topics;

    public KeywordClassifier(PolicyLibrary library)
    {
        _topics = library.Topics
            .Select(t => (t.Id, (IReadOnlyList<(string, Regex)>)t.Keywords
                .Select(k => (k, Phrase(Regex.Escape(k))))
                .ToList(),
                t.NotKeywords is { Count: > 0 } excluded ? Phrase("(?:" + string.Join('|', excluded.Select(Regex.Escape)) + ")") : null))
            .ToList();
    }

    /// <summary>A phrase matched as whole words (no letter or digit either side), case already folded by the normaliser.</summary>
    private static Regex Phrase(string pattern) =>
        new($@"(?<![\p{{L}}\p{{N}}]){pattern}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200));

    /// <summary>Scores every topic, best first; topics without any evidence are left out.</summary>
    public IReadOnlyList<TopicScore> Classify(string subject, string body) =>
        Evidence(subject, body)
            .Where(e => e.Value.Points > 0)
            .Select(e => new TopicScore(e.Key, Math.Round(1 - Math.Exp(-e.Value.Points / Saturation), 3), e.Value.Phrases))
            .OrderByDescending(s => s.Confidence)
            .ToList();

    /// <summary>Keyword points per topic (subject hits count double, at most three hits per keyword in the body).</summary>
    public IReadOnlyDictionary<string, double> Points(string subject, string body) =>
        Evidence(subject, body).ToDictionary(e => e.Key, e => e.Value.Points);

    public IReadOnlyDictionary<string, (double Points, IReadOnlyList<string> Phrases)> Evidence(string subject, string body)
    {
        var normalizedSubject = TextNormalizer.Normalize(subject);
        var normalizedBody = TextNormalizer.Normalize(body);
        var result = new Dictionary<string, (double, IReadOnlyList<string>)>();
        foreach (var (topicId, keywords, notKeywords) in _topics)
        {
            // Words inside a not-keyword phrase ("european" in "European Convention on Human Rights") are not evidence.
            var subjectText = notKeywords?.Replace(normalizedSubject, " ") ?? normalizedSubject;
            var bodyText = notKeywords?.Replace(normalizedBody, " ") ?? normalizedBody;
            double points = 0;
            var phrases = new List<string>();
            foreach (var (keyword, pattern) in keywords)
            {
                var inSubject = pattern.IsMatch(subjectText);
                var inBody = Math.Min(pattern.Matches(bodyText).Count, MaxHitsPerKeyword);
                if (!inSubject && inBody == 0) continue;
                points += (inSubject ? 2 : 0) + inBody;
                phrases.Add(inSubject ? $"\"{keyword}\" in subject" : $"\"{keyword}\" ×{inBody}");
            }
            result[topicId] = (points, phrases);
        }
        return result;
    }
}
