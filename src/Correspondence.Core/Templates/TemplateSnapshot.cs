using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Correspondence.Core.Templates;

/// <summary>
/// The reply templates and policy files in force at one moment: the shipped files overlaid with the newest revision of
/// each edited one. Immutable, so a render never sees half of an edit; a preview is a snapshot with one file replaced.
/// </summary>
public sealed class TemplateSnapshot
{
    public const string RepliesFolder = "replies";
    public const string PoliciesFolder = "policies";

    private readonly FrozenDictionary<string, string> _files;

    public TemplateSnapshot(IEnumerable<KeyValuePair<string, string>> files, long stamp)
    {
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        Stamp = stamp;
    }

    /// <summary>The highest revision id applied; 0 when every file is as shipped.</summary>
    public long Stamp { get; }

    public IEnumerable<string> Names => _files.Keys.Order(StringComparer.Ordinal);

    public string? Read(string name) => _files.GetValueOrDefault(name);

    public bool Contains(string name) => _files.ContainsKey(name);

    /// <summary>This snapshot with one file's content replaced: what a preview renders with.</summary>
    public TemplateSnapshot With(string name, string content) =>
        new(_files.Where(f => f.Key != name).Append(new(name, content)), Stamp);

    public IEnumerable<(string Name, string Content)> Policies =>
        Names.Where(n => n.StartsWith(PoliciesFolder + "/", StringComparison.Ordinal)).Select(n => (n, _files[n]));

    /// <summary>A short hash of the named files' contents: equal fingerprints mean the same words.</summary>
    public string Fingerprint(IEnumerable<string> names)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in names.Distinct().Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(Read(name) ?? "(missing)"));
            sha.AppendData("\0"u8);
        }
        return Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant();
    }

    /// <summary>Reads replies/**/*.scriban and policies/*.md from a templates folder, as shipped.</summary>
    public static TemplateSnapshot FromFolder(string templatesFolder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, pattern) in new[] { (RepliesFolder, "*.scriban"), (PoliciesFolder, "*.md") })
        {
            var root = Path.Combine(templatesFolder, folder);
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.GetFiles(root, pattern, SearchOption.AllDirectories))
                files[Path.GetRelativePath(templatesFolder, file).Replace('\\', '/')] = File.ReadAllText(file);
        }
        return new TemplateSnapshot(files, 0);
    }
}
