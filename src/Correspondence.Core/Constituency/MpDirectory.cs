namespace Correspondence.Core.Constituency;

/// <summary>
/// Other MPs' offices a non-constituent's letter can be passed to, from Constituency:MpDirectoryFile: one a line,
/// "constituency | MP's name | office email", # comments. Every line is checked like a typed-in address, so a bad
/// line stops the load with its line number rather than offering a broken address.
/// </summary>
public sealed class MpDirectory(IReadOnlyList<ForwardRecipient> offices)
{
    public static readonly MpDirectory Empty = new([]);

    public IReadOnlyList<ForwardRecipient> Offices => offices;

    public ForwardRecipient? Find(string address) =>
        offices.FirstOrDefault(o => o.Address.Equals(address.Trim(), StringComparison.OrdinalIgnoreCase));

    public static MpDirectory Parse(IEnumerable<string> lines, string source)
    {
        var list = new List<ForwardRecipient>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 3)
                throw new FormatException($"{source} line {number}: expected \"constituency | MP's name | office email\".");
            if (!ForwardRecipient.TryCreate(parts[1], parts[2], parts[0], out var office, out var problem))
                throw new FormatException($"{source} line {number}: {problem}");
            list.Add(office);
        }
        return new MpDirectory(list.OrderBy(o => o.Constituency, StringComparer.OrdinalIgnoreCase).ToList());
    }

    public static MpDirectory Load(string path) => Parse(File.ReadLines(path), path);
}
