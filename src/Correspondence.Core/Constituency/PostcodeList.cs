using Correspondence.Core.Inbox;

namespace Correspondence.Core.Constituency;

/// <summary>The constituency's postcodes: whole units, sectors (outward code + inward digit) or districts (outward code).</summary>
public sealed class PostcodeList
{
    private readonly HashSet<string> _entries;

    private PostcodeList(HashSet<string> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static PostcodeList Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>A line that is neither a unit, a sector nor a district fails with its number, so a typo does not silently shrink the constituency.</summary>
    public static PostcodeList Parse(IEnumerable<string> lines, string source)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Split('#')[0].Trim().ToUpperInvariant();
            if (line.Length == 0) continue;
            var compact = line.Replace(" ", "");
            if (UkPostcodes.Find(line) is [var unit]) entries.Add(unit);
            else if (System.Text.RegularExpressions.Regex.IsMatch(compact, @"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9]$") && UkPostcodes.Find(compact + "AA") is [var sectorUnit])
                entries.Add(sectorUnit[..^2]);
            else if (System.Text.RegularExpressions.Regex.IsMatch(compact, @"^[A-Z]{1,2}[0-9][0-9A-Z]?$"))
                entries.Add(compact);
            else
                throw new FormatException($"{source} line {number}: '{raw.Trim()}' is not a postcode unit (EX1 2AB), sector (EX1 2) or district (EX1).");
        }
        return new PostcodeList(entries);
    }

    /// <summary>True when the normalised unit ("EX1 2AB"), its sector or its district is listed.</summary>
    public bool Contains(string unit)
    {
        var space = unit.IndexOf(' ');
        if (space <= 0) return false;
        return _entries.Contains(unit) || _entries.Contains(unit[..(space + 2)]) || _entries.Contains(unit[..space]);
    }
}
