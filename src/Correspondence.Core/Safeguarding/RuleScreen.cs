using System.Text;
using System.Text.RegularExpressions;

namespace Correspondence.Core.Safeguarding;

/// <summary>
/// A cheap first pass for a rule: the rule's pattern with its lookarounds taken out, run once over the whole letter.
/// Rules are matched sentence by sentence (negation and reporting verbs are judged within the sentence), which means
/// sentences × rules regex calls per letter; almost every letter matches no rule at all, so screening each rule once
/// against the whole text first skips nearly all of them.
/// </summary>
/// <remarks>
/// Correct only if the screen matches whenever the rule matches inside some sentence. Removing a lookaround only drops a
/// condition, so the screen matches a superset; sentences are joined with <see cref="Separator"/>, a non-word character
/// that no whitespace class matches, so word boundaries at a sentence's edges stay as they were. Patterns whose meaning
/// depends on where the text starts or ends (anchors) or on group numbers (backreferences) get no screen and are always
/// run per sentence.
/// </remarks>
public static class RuleScreen
{
    public const string Separator = "\n\u0000\n";

    /// <summary>Whether the rule could match somewhere in the letter; a screen that times out says yes (never hides a rule).</summary>
    public static bool MayMatch(Regex? screen, string whole)
    {
        if (screen is null) return true;
        try
        {
            return screen.IsMatch(whole);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    public static Regex? For(string pattern, RegexOptions options, TimeSpan timeout)
    {
        var stripped = WithoutLookarounds(pattern);
        if (stripped is null) return null;
        try
        {
            // Interpreted, like the rules. Compiled screens were tried: their first match JIT-compiles inside the match
            // timeout, and under load that alone passed 200 ms. The non-backtracking engine was tried too: its lazily
            // built automata for ~50 screens grew the worker's managed heap from ~50 MB to ~120 MB.
            return new Regex(stripped, options, timeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null; // a construct the engine lacks (atomic groups, conditionals): the rule is simply not screened
        }
    }

    /// <summary>The pattern without (?=…), (?!…), (?&lt;=…), (?&lt;!…); null if it has anchors or backreferences.</summary>
    internal static string? WithoutLookarounds(string pattern)
    {
        var result = new StringBuilder(pattern.Length);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length) return null;
                var next = pattern[i + 1];
                if (next is 'A' or 'z' or 'Z' or 'G' or 'k' || char.IsDigit(next) && next != '0') return null;
                result.Append(c).Append(next);
                i += 2;
            }
            else if (c == '[')
            {
                var end = ClassEnd(pattern, i);
                if (end < 0) return null;
                result.Append(pattern, i, end - i + 1);
                i = end + 1;
            }
            else if (c is '^' or '$')
            {
                return null;
            }
            else if (c == '(' && IsLookaround(pattern, i))
            {
                var end = GroupEnd(pattern, i);
                if (end < 0) return null;
                i = end + 1;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }
        return result.ToString();
    }

    private static bool IsLookaround(string p, int i) =>
        string.CompareOrdinal(p, i, "(?=", 0, 3) == 0 || string.CompareOrdinal(p, i, "(?!", 0, 3) == 0
        || string.CompareOrdinal(p, i, "(?<=", 0, 4) == 0 || string.CompareOrdinal(p, i, "(?<!", 0, 4) == 0;

    /// <summary>Index of the ']' closing the class that opens at <paramref name="start"/>, or -1.</summary>
    private static int ClassEnd(string p, int start)
    {
        var i = start + 1;
        if (i < p.Length && p[i] == '^') i++;
        if (i < p.Length && p[i] == ']') i++; // a leading ']' is a literal
        for (; i < p.Length; i++)
        {
            if (p[i] == '\\') i++;
            else if (p[i] == ']') return i;
        }
        return -1;
    }

    /// <summary>Index of the ')' closing the group that opens at <paramref name="start"/>, or -1.</summary>
    private static int GroupEnd(string p, int start)
    {
        var depth = 0;
        for (var i = start; i < p.Length; i++)
        {
            switch (p[i])
            {
                case '\\': i++; break;
                case '[':
                    i = ClassEnd(p, i);
                    if (i < 0) return -1;
                    break;
                case '(': depth++; break;
                case ')':
                    if (--depth == 0) return i;
                    break;
            }
        }
        return -1;
    }
}
