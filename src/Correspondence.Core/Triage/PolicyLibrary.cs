using System.Security.Cryptography;
using System.Text;
using Correspondence.Core.Office;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage;

/// <summary>The topics in templates/policies/, loaded once at start. Topics are data: a new file is a new topic.</summary>
public sealed class PolicyLibrary
{
    public IReadOnlyList<PolicyTopic> Topics { get; }
    /// <summary>Changes whenever any policy file changes; stamped on drafts.</summary>
    public string Version { get; }

    public PolicyLibrary(IOptions<PathsOptions> paths) : this(LoadFolder(paths.Value.Templates)) { }

    public PolicyLibrary(IReadOnlyList<PolicyTopic> topics)
    {
        Topics = topics;
        var fingerprint = string.Join('|', topics.Select(t => $"{t.Id}:{t.Version}:{string.Join('/', t.Paragraphs.Select(p => p.Text))}"));
        Version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..12].ToLowerInvariant();
    }

    public PolicyTopic? Find(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public PolicyParagraph? FindParagraph(string topicId, string paragraphId) =>
        Find(topicId)?.Paragraphs.FirstOrDefault(p => p.Id == paragraphId);

    private static IReadOnlyList<PolicyTopic> LoadFolder(string templates)
    {
        var folder = Path.Combine(ContentPaths.RequireFolder(templates, "Paths:Templates"), "policies");
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"No policies folder at {folder}: the templates folder must contain policies/*.md.");
        var topics = Directory.GetFiles(folder, "*.md").Order()
            .Select(f => PolicyFileParser.Parse(File.ReadAllText(f), Path.GetFileName(f)))
            .ToList();
        if (topics.Count == 0)
            throw new InvalidOperationException($"{folder} has no policy files (*.md); the classifier needs at least one topic.");
        var duplicate = topics.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two policy files in {folder} declare the topic id '{duplicate.Key}'.");
        return topics;
    }
}
