using System.Security.Cryptography;
using System.Text;
using Correspondence.Core.Templates;

namespace Correspondence.Core.Triage;

/// <summary>
/// The topics in templates/policies/. Topics are data: a new file is a new topic (read at start). An admin's edit to a
/// policy's words (a new revision in the template set) replaces the topics at once, for matching and drafting.
/// </summary>
public sealed class PolicyLibrary
{
    private sealed record State(IReadOnlyList<PolicyTopic> Topics, string Version);

    private volatile State _state;

    public IReadOnlyList<PolicyTopic> Topics => _state.Topics;
    /// <summary>Changes whenever any policy file changes; stamped on drafts.</summary>
    public string Version => _state.Version;

    public PolicyLibrary(TemplateSet templates)
    {
        _state = Build(Parse(templates.Current.Policies, templates.Folder));
        templates.Changed += snapshot => _state = Build(Parse(snapshot.Policies, templates.Folder));
    }

    public PolicyLibrary(IReadOnlyList<PolicyTopic> topics) => _state = Build(topics);

    public PolicyTopic? Find(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public PolicyParagraph? FindParagraph(string topicId, string paragraphId) =>
        Find(topicId)?.Paragraphs.FirstOrDefault(p => p.Id == paragraphId);

    /// <summary>Parses policy files (name under templates/, content); throws with the file's name on the first problem.</summary>
    public static IReadOnlyList<PolicyTopic> Parse(IEnumerable<(string Name, string Content)> files, string where)
    {
        var topics = files.Select(f => PolicyFileParser.Parse(f.Content, Path.GetFileName(f.Name))).ToList();
        if (topics.Count == 0)
            throw new InvalidOperationException($"{Path.Combine(where, "policies")} has no policy files (*.md); the classifier needs at least one topic.");
        var duplicate = topics.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two policy files in {Path.Combine(where, "policies")} declare the topic id '{duplicate.Key}'.");
        return topics;
    }

    private static State Build(IReadOnlyList<PolicyTopic> topics)
    {
        var fingerprint = string.Join('|', topics.Select(t => $"{t.Id}:{t.Version}:{string.Join('/', t.Paragraphs.Select(p => p.Text))}"));
        return new State(topics, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..12].ToLowerInvariant());
    }
}
