using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Correspondence.Core.Triage;

/// <summary>Reads a policy file: YAML front matter, then "## paragraph-id" headings each followed by the MP's words.</summary>
public static class PolicyFileParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    private sealed class FrontMatter
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Version { get; set; }
        public List<string>? Keywords { get; set; }
        public List<string>? NotKeywords { get; set; }
    }

    public static PolicyTopic Parse(string markdown, string fileName)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        var yamlBlock = doc.Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new FormatException($"{fileName}: no front matter; start the file with --- id/title/description/version ---.");
        FrontMatter front;
        try
        {
            front = Yaml.Deserialize<FrontMatter>(yamlBlock.Lines.ToString()) ?? new FrontMatter();
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FormatException($"{fileName}: front matter is not valid YAML ({ex.Message}).", ex);
        }
        if (string.IsNullOrWhiteSpace(front.Id) || string.IsNullOrWhiteSpace(front.Title))
            throw new FormatException($"{fileName}: front matter needs 'id' and 'title'.");

        var paragraphs = new List<PolicyParagraph>();
        string? currentId = null;
        foreach (var block in doc)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    currentId = heading.Inline?.FirstChild?.ToString()?.Trim();
                    break;
                case ParagraphBlock paragraph when currentId is not null:
                    // Markdig releases a paragraph's Lines once inlines are parsed, so read the source span: the MP's exact words.
                    var source = markdown.Substring(paragraph.Span.Start, paragraph.Span.Length);
                    var text = string.Join(' ', source.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    if (paragraphs.Any(p => p.Id == currentId))
                        throw new FormatException($"{fileName}: paragraph id '{currentId}' is used twice.");
                    paragraphs.Add(new PolicyParagraph(front.Id, currentId, text));
                    currentId = null;
                    break;
            }
        }
        if (paragraphs.Count == 0)
            throw new FormatException($"{fileName}: no paragraphs; give each statement a '## paragraph-id' heading.");

        return new PolicyTopic(front.Id, front.Title, front.Description ?? "", front.Version ?? "1",
            Phrases(front.Keywords), paragraphs, Phrases(front.NotKeywords));
    }

    private static List<string> Phrases(List<string>? phrases) =>
        (phrases ?? []).Select(k => k.Trim().ToLowerInvariant()).Where(k => k.Length > 0).Distinct().ToList();
}
