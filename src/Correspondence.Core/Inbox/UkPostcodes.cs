using System.Text.RegularExpressions;

namespace Correspondence.Core.Inbox;

/// <summary>Finds UK postcodes in free text, in the formats Royal Mail issues (A9 9AA … AA9A 9AA), normalised to upper case with one space.</summary>
public static partial class UkPostcodes
{
    public static IReadOnlyList<string> Find(string text) =>
        Pattern().Matches(text)
            .Select(m => $"{m.Groups["out"].Value.ToUpperInvariant()} {m.Groups["in"].Value.ToUpperInvariant()}")
            .Distinct()
            .Take(10)
            .ToList();

    // Outward code: area letters (no Q, V, X first; no I, J, Z second), district digit(s) or digit+letter; inward code: digit + two
    // letters excluding C, I, K, M, O, V. Plus the special GIR 0AA.
    [GeneratedRegex(@"\b(?<out>GIR|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?))\s?(?<in>[0-9][ABD-HJLNP-UW-Z]{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
