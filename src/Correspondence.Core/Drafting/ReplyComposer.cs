using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Correspondence.Core.Office;
using Correspondence.Core.Triage;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace Correspondence.Core.Drafting;

/// <summary>Composes a reply's subject and text from the templates, and its HTML part from the (possibly edited) text.</summary>
public sealed partial class ReplyComposer(TemplateRenderer renderer, PolicyLibrary policies, IOptions<OfficeOptions> office)
{
    public sealed record ComposedDraft(string Subject, string Text, IReadOnlyList<string> UnfilledPlaceholders, string TemplateVersion);

    public sealed record TopicSection(string TopicId, IReadOnlyList<string> ParagraphIds);

    private readonly Lazy<string> _templateVersion = new(() => ComputeVersion(renderer.RepliesFolder, policies.Version));

    /// <summary>Changes whenever a reply template or a policy file changes.</summary>
    public string TemplateVersion => _templateVersion.Value;

    public ComposedDraft Compose(string originalSubject, string? fromName, string caseReference, IReadOnlyList<TopicSection> sections)
    {
        var topics = new ScriptArray();
        var titles = new List<string>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var topic = policies.Find(section.TopicId)
                ?? throw new InvalidOperationException($"Topic '{section.TopicId}' has no policy file in templates/policies.");
            // Cite in the MP's own order, whatever order the matcher scored them in.
            // A statement the MP made once is quoted once, even when two topics cite it.
            var paragraphs = topic.Paragraphs.Where(p => section.ParagraphIds.Contains(p.Id) && cited.Add(p.Text)).ToList();
            titles.Add(topic.Title);
            if (paragraphs.Count == 0) continue;
            var template = File.Exists(Path.Combine(renderer.RepliesFolder, "topics", topic.Id + ".scriban"))
                ? $"topics/{topic.Id}" : "topics/default";
            topics.Add(ReplyModel.Topic(topic, paragraphs, template));
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
        var text = Tidy(renderer.Render("reply.text", model));
        return new ComposedDraft(subject, text, FindPlaceholders(text), TemplateVersion);
    }

    /// <summary>The HTML part: the reviewed text, paragraph by paragraph, HTML-escaped inside the HTML layout.</summary>
    public string RenderHtml(string subject, string text, string caseReference)
    {
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var model = new ScriptObject
        {
            ["subject"] = subject,
            ["paragraphs"] = ReplyModel.Strings(paragraphs),
            ["office"] = ReplyModel.Office(office.Value),
            ["reference"] = caseReference,
        };
        return renderer.Render("reply.html", model);
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

    private static string ComputeVersion(string folder, string policyVersion)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder, "*.scriban", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file)));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return $"t{Convert.ToHexString(sha.GetHashAndReset())[..10].ToLowerInvariant()}-p{policyVersion}";
    }

    [GeneratedRegex(@"\[\[[^\[\]\r\n]{1,80}\]\]")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankRuns();
}
