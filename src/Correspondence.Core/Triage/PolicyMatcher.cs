namespace Correspondence.Core.Triage;

/// <summary>Finds the paragraphs of a topic's policy that answer a letter, by the content words they share.</summary>
public sealed class PolicyMatcher(PolicyLibrary library)
{
    public sealed record Match(PolicyParagraph Paragraph, double Score);

    public IReadOnlyList<Match> MatchParagraphs(string topicId, string subject, string body, int max)
    {
        var topic = library.Find(topicId);
        if (topic is null) return [];
        var letterWords = TextNormalizer.ContentWords(subject + " " + body).ToHashSet();
        var scored = topic.Paragraphs
            .Select((p, index) =>
            {
                var words = TextNormalizer.ContentWords(p.Text).ToHashSet();
                var shared = words.Count(letterWords.Contains);
                // Share of the paragraph's words the letter also uses; order breaks ties so the lead statement comes first.
                var score = words.Count == 0 ? 0 : (double)shared / Math.Sqrt(words.Count);
                return new Match(p, Math.Round(score, 3) - index * 1e-6);
            })
            .OrderByDescending(m => m.Score)
            .ToList();
        var useful = scored.Where(m => m.Score > 0.01).Take(max).ToList();
        // A letter on the topic always gets at least the topic's best statement.
        return useful.Count > 0 ? useful : scored.Take(1).ToList();
    }
}
