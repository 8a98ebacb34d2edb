using System.Text;

namespace Correspondence.Core.Triage;

/// <summary>Lower-cases and folds quotes, dashes and white space so keyword and word matching see one spelling.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lastSpace = true;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            sb.Append(c);
            lastSpace = false;
        }
        return sb.ToString().Trim();
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the","a","an","and","or","but","of","to","in","on","for","with","at","by","from","as","is","are","was","were","be",
        "been","it","its","this","that","these","those","i","me","my","we","our","you","your","he","she","they","them","their",
        "his","her","not","no","so","do","does","did","have","has","had","will","would","should","can","could","there","what",
        "which","who","whom","whose","all","any","more","most","very","just","also","into","than","then","about","like","up",
        "out","if","because","dear","mp","please","thank","thanks","regards","sincerely","yours","write","writing","am",
    };

    /// <summary>Content words, with a crude plural fold so "hostages" meets "hostage".</summary>
    public static IEnumerable<string> ContentWords(string text)
    {
        foreach (var token in Normalize(text).Split(
            [' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '-', '/', '\u2026'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length < 3 || StopWords.Contains(token) || !token.Any(char.IsLetter)) continue;
            yield return token.Length > 4 && token.EndsWith('s') && !token.EndsWith("ss") ? token[..^1] : token;
        }
    }
}
