using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Correspondence.Core.Office;
using Correspondence.Core.Templates;
using Correspondence.Core.Triage;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace Correspondence.Core.Drafting;

/// <summary>Composes a reply's subject and text from the templates, and its HTML part from the (possibly edited) text.</summary>
public sealed partial class ReplyComposer(TemplateRenderer renderer, PolicyLibrary policies, IOptions<OfficeOptions> office)
{
    public sealed record ComposedDraft(string Subject, string Text, IReadOnlyList<string> UnfilledPlaceholders, string TemplateVersion);

    public sealed record TopicSection(string TopicId, IReadOnlyList<string> ParagraphIds);

    public TemplateSet Templates => renderer.Templates;

    /// <param name="snapshot">The templates to use: the current ones by default, an unsaved edit for a preview.</param>
    public ComposedDraft Compose(string originalSubject, string? fromName, string caseReference, IReadOnlyList<TopicSection> sections,
        TemplateSnapshot? snapshot = null)
    {
        var library = snapshot is null ? policies : new PolicyLibrary(PolicyLibrary.Parse(snapshot.Policies, "(preview)"));
        snapshot ??= renderer.Templates.Current;
        var topics = new ScriptArray();
        var titles = new List<string>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var topic = library.Find(section.TopicId)
                ?? throw new InvalidOperationException($"Topic '{section.TopicId}' has no policy file in templates/policies.");
            // Cite in the MP's own order, whatever order the matcher scored them in.
            // A statement the MP made once is quoted once, even when two topics cite it.
            var paragraphs = topic.Paragraphs.Where(p => section.ParagraphIds.Contains(p.Id) && cited.Add(p.Text)).ToList();
            titles.Add(topic.Title);
            if (paragraphs.Count == 0) continue;
            topics.Add(ReplyModel.Topic(topic, paragraphs, TopicTemplate(snapshot, topic.Id)));
        }

        var subject = ReplySubject(originalSubject);
        var model = new ScriptObject
        {
            ["constituent"] = new ScriptObject { ["greeting_name"] = GreetingName.From(fromName) },
            ["reference"] = caseReference,
            ["office"] = ReplyModel.Office(office.Value),
            ["subject"] = subject,
            ["topics"] = topics,
            ["topic_titles"] = JoinTitles(titles),
        };
        var text = Tidy(renderer.Render("reply.text", model, snapshot));
        return new ComposedDraft(subject, text, FindPlaceholders(text), Fingerprint(sections.Select(s => s.TopicId), snapshot, library));
    }

    /// <summary>
    /// What a draft for these topics was built from: the layout and shared reply templates, each topic's own template
    /// and the MP's words for those topics. A draft whose fingerprint differs from today's is stale; an edit to the
    /// Gaza policy leaves a Ukraine draft alone.
    /// </summary>
    public string Fingerprint(IEnumerable<string> topicIds, TemplateSnapshot? snapshot = null, PolicyLibrary? library = null)
    {
        snapshot ??= renderer.Templates.Current;
        library ??= policies;
        var ids = topicIds.Distinct().Order(StringComparer.Ordinal).ToList();
        // The layouts and these topics' templates: other reply templates (acknowledgement, constituency replies) and
        // other topics do not make this draft stale.
        var files = new[] { $"{TemplateSnapshot.RepliesFolder}/reply.text.scriban", $"{TemplateSnapshot.RepliesFolder}/reply.html.scriban" }
            .Concat(ids.Select(id => $"{TemplateSnapshot.RepliesFolder}/{TopicTemplate(snapshot, id)}.scriban"));
        var words = string.Join("\n", ids.Select(id => library.Find(id) is { } t
            ? $"{t.Id}|{t.Title}|{string.Join("|", t.Paragraphs.Select(p => p.Id + "=" + p.Text))}" : id + "|(no policy)"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(snapshot.Fingerprint(files) + "\n" + words));
        return Convert.ToHexString(hash)[..16].ToLowerInvariant();
    }

    /// <summary>
    /// True when the templates or policy words a draft was built from have changed since. A draft for a letter with no
    /// topic (a courtesy reply, an address request) was not built from the topic templates, so it is never stale.
    /// </summary>
    public bool IsStale(Cases.Draft draft, IEnumerable<string> topicIds)
    {
        var ids = topicIds.ToList();
        return ids.Count > 0 && draft.TemplateVersion != Fingerprint(ids);
    }

    private const string TopicsPrefix = TemplateSnapshot.RepliesFolder + "/topics/";

    private static string TopicTemplate(TemplateSnapshot snapshot, string topicId) =>
        snapshot.Contains($"{TopicsPrefix}{topicId}.scriban") ? $"topics/{topicId}" : "topics/default";

    /// <summary>The HTML part: the reviewed text, paragraph by paragraph, HTML-escaped inside the HTML layout.</summary>
    public string RenderHtml(string subject, string text, string caseReference, TemplateSnapshot? snapshot = null)
    {
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var model = new ScriptObject
        {
            ["subject"] = subject,
            ["paragraphs"] = ReplyModel.Strings(paragraphs),
            ["office"] = ReplyModel.Office(office.Value),
            ["reference"] = caseReference,
        };
        return renderer.Render("reply.html", model, snapshot);
    }

    /// <summary>"[[...]]" markers a caseworker must fill; any left block approval.</summary>
    public static IReadOnlyList<string> FindPlaceholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().ToList();

    public static string ReplySubject(string original)
    {
        var clean = new string((original ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0) return "Your message to the office";
        return clean.StartsWith("re:", StringComparison.OrdinalIgnoreCase) ? clean : "Re: " + clean;
    }

    private static string JoinTitles(List<string> titles) => titles.Count switch
    {
        0 => "the matters you raised",
        1 => titles[0],
        _ => string.Join(", ", titles[..^1]) + " and " + titles[^1],
    };

    // Templates leave runs of blank lines where loops end; a letter has at most one blank line between paragraphs.
    private static string Tidy(string text) =>
        BlankRuns().Replace(text.Replace("\r\n", "\n"), "\n\n").Trim() + "\n";

    [GeneratedRegex(@"\[\[[^\[\]\r\n]{1,80}\]\]")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankRuns();
}
