using System.Text;
using System.Text.RegularExpressions;

namespace Correspondence.Core.Campaigns;

/// <summary>
/// The part of a letter its writer wrote, as sentences: the greeting, the sign-off with the name and address under
/// it, a signature after "-- ", quoted replies and forwarded headers are removed. Comparison keys fold case,
/// punctuation and white space, so only the words count.
/// </summary>
public static partial class LetterText
{
    public static IReadOnlyList<string> Sentences(string body)
    {
        var lines = OwnLines(body);
        var sentences = new List<string>();
        foreach (var paragraph in Paragraphs(lines))
            foreach (var sentence in SentenceBreak().Split(paragraph))
                if (sentence.Trim() is { Length: > 0 } s && Words(s).Count > 0)
                    sentences.Add(s);
        return sentences;
    }

    /// <summary>Lower-case words, punctuation dropped, curly quotes folded: what shingles and sentence matching see.</summary>
    public static List<string> Words(string sentence)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var raw in sentence)
        {
            var c = raw is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (c == '\'' && word.Length > 0) continue; // "don't" -> "dont", "Russia's" -> "russias"
            if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static List<string> OwnLines(string body)
    {
        var all = (body ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var lines = new List<string>(all.Length);
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i].TrimEnd();
            if (line is "--" or "-- " || line.StartsWith("-- ", StringComparison.Ordinal) && line.Length < 4) break; // signature
            if (QuoteHeader().IsMatch(line) || ForwardHeader(all, i)) break; // the quoted or forwarded letter follows
            if (line.TrimStart().StartsWith('>')) continue;
            if (SentFrom().IsMatch(line)) continue;
            lines.Add(line);
        }
        DropGreeting(lines);
        DropSignOff(lines);
        return lines;
    }

    private static void DropGreeting(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first >= 0 && Greeting().IsMatch(lines[first].Trim()) && Words(lines[first]).Count <= 8)
            lines.RemoveAt(first);
    }

    /// <summary>The last sign-off line, and the short lines under it (name, address, postcode); a P.S. sentence stays.</summary>
    private static void DropSignOff(List<string> lines)
    {
        var at = lines.FindLastIndex(l => SignOff().IsMatch(l.Trim()));
        if (at >= 0)
        {
            var kept = lines.Skip(at + 1).Where(LooksLikeSentence).ToList();
            lines.RemoveRange(at, lines.Count - at);
            lines.AddRange(kept);
        }
        // With no sign-off, a name and address at the end are still not the letter.
        while (lines.Count > 0 && !LooksLikeSentence(lines[^1])) lines.RemoveAt(lines.Count - 1);
    }

    private static bool LooksLikeSentence(string line) => Words(line).Count >= 5 || line.TrimEnd().EndsWith('.') && Words(line).Count >= 3
        || line.TrimEnd().EndsWith('?') || line.TrimEnd().EndsWith('!');

    private static IEnumerable<string> Paragraphs(List<string> lines)
    {
        var paragraph = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (paragraph.Length > 0) yield return paragraph.ToString();
                paragraph.Clear();
                continue;
            }
            if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(line.Trim());
        }
        if (paragraph.Length > 0) yield return paragraph.ToString();
    }

    /// <summary>Outlook's "From: ... Sent: ..." block that starts a forwarded or quoted letter.</summary>
    private static bool ForwardHeader(string[] lines, int i) =>
        (lines[i].StartsWith("From:", StringComparison.OrdinalIgnoreCase) || lines[i].TrimStart().StartsWith("-----", StringComparison.Ordinal))
        && lines.Skip(i + 1).Take(4).Any(l => l.StartsWith("Sent:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Date:", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("From:", StringComparison.OrdinalIgnoreCase));

    // Not after "P.S." or a title ("Mr.", "Dr."): those start a sentence rather than end one.
    [GeneratedRegex(@"(?<![Pp]\.[Ss]\.|\b(?:Mr|Mrs|Ms|Dr|St)\.)(?<=[.!?][""'\u201D\u2019)]?)\s+(?=[""'\u201C\u2018(]?[A-Z0-9])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^\s*(On .{4,200} wrote:|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,}|_{10,})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"^\s*(Sent from my \w+|Get Outlook for \w+).*$", RegexOptions.IgnoreCase)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^(dear|hi|hello|hey|to|good (morning|afternoon|evening)|greetings)\b[^.?!]*[,:!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(yours( (sincerely|faithfully|truly|respectfully))?|(with )?(kind(est)?|best|warm(est)?|many) (regards|wishes|thanks)|regards|best|thanks( again| in advance)?|thank you( (very much|for your time|for reading))?|with thanks|sincerely|cheers|all the best|respectfully|in peace|in solidarity)[,.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();
}
