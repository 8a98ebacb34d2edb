using System.Globalization;
using System.Text;
using Correspondence.Core.Cases;

namespace Correspondence.Core.Constituency;

/// <summary>
/// Who a letter's writer is (docs/decisions/0015-constituent-matching.md). Same address and a compatible name: the same
/// person ("J Smith", "John Smith" and "Smith, John" agree; a blank name agrees with any). Same address and a clearly
/// different name: another person sharing the address (a family email), a record of their own. Another address with the
/// same name and the same full postcode is only a *possible* duplicate: a Manager confirms the merge, because a wrong
/// merge would show one person's letters to another in a subject access export.
/// </summary>
public static class ConstituentMatcher
{
    private static readonly HashSet<string> Titles =
        ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "revd", "sir", "dame", "lord", "lady", "cllr", "mp"];

    /// <summary>"Dr. Jóhn  SMITH" -> ["john", "smith"]: lower case, accents and punctuation dropped, titles dropped.</summary>
    public static IReadOnlyList<string> Tokens(string? name)
    {
        var decomposed = (name ?? "").Normalize(NormalizationForm.FormD);
        var clean = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            clean.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c is '\'' or '’' ? '\0' : ' ');
        }
        return clean.ToString().Replace("\0", "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !Titles.Contains(t)).ToList();
    }

    /// <summary>The name as a comparable key, word order ignored ("Smith, John" = "John Smith"); "" when no name.</summary>
    public static string NameKey(string? name) => string.Join(' ', Tokens(name).Order(StringComparer.Ordinal));

    /// <summary>
    /// Could these two names be the same person? Blank agrees with anything; otherwise every word of the shorter name
    /// matches a different word of the longer one (a single letter matches a word with that initial) and at least one
    /// whole word is shared.
    /// </summary>
    public static bool CompatibleNames(string? a, string? b)
    {
        var x = Tokens(a);
        var y = Tokens(b);
        if (x.Count == 0 || y.Count == 0) return true;
        // The shorter name is checked against the longer; of two the same length, the one with more initials.
        var xFirst = (x.Count, x.Count(w => w.Length > 1)).CompareTo((y.Count, y.Count(w => w.Length > 1))) <= 0;
        var (shorter, longer) = xFirst ? (x, y) : (y, x);
        var free = longer.ToList();
        var whole = false;
        // Whole words first, so "J Smith" does not spend "smith" on the initial.
        foreach (var word in shorter.Where(w => w.Length > 1))
        {
            if (!free.Remove(word)) return false;
            whole = true;
        }
        foreach (var initial in shorter.Where(w => w.Length == 1))
        {
            var match = free.FirstOrDefault(w => w[0] == initial[0]);
            if (match is null) return false;
            free.Remove(match);
        }
        return whole;
    }

    /// <summary>
    /// Of the records already holding this address, the one this writer is: the same name first, then a compatible
    /// one, the oldest on a tie. Null: nobody with this address, or only people with other names (a shared address).
    /// </summary>
    public static Constituent? PickForAddress(IEnumerable<Constituent> sameAddress, string? writerName)
    {
        var key = NameKey(writerName);
        var candidates = sameAddress.Where(c => CompatibleNames(c.Name, writerName)).ToList();
        return candidates.OrderByDescending(c => key.Length > 0 && NameKey(c.Name) == key)
            .ThenByDescending(c => c.Name.Length > 0) // a named record over a blank one
            .ThenBy(c => c.FirstSeenAt).ThenBy(c => c.Id).FirstOrDefault();
    }

    /// <summary>
    /// A possible duplicate for a Manager to confirm: two records with the same full name (word order, case, accents
    /// and titles aside) and the same full postcode unit. Initials are not enough here: "J Smith" at one address may be
    /// John or Jane.
    /// </summary>
    public static bool LikelySamePerson(Constituent a, Constituent b) =>
        a.Id != b.Id && a.Postcode is { Length: > 0 } p && string.Equals(p, b.Postcode, StringComparison.OrdinalIgnoreCase)
        && NameKey(a.Name) is { Length: > 0 } key && key == NameKey(b.Name) && Tokens(a.Name).Count >= 2;
}
