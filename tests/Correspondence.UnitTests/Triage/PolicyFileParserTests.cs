using Correspondence.Core.Triage;

namespace Correspondence.UnitTests.Triage;

public class PolicyFileParserTests
{
    public static TheoryData<string> PolicyFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Policies, "*.md").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void Parse_RealPolicyFile_HasIdTitleVersionAndParagraphs(string fileName)
    {
        var topic = PolicyFileParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Policies, fileName)), fileName);

        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), topic.Id);
        Assert.False(string.IsNullOrWhiteSpace(topic.Title));
        Assert.False(string.IsNullOrWhiteSpace(topic.Version));
        Assert.NotEmpty(topic.Keywords);
        Assert.All(topic.Keywords, k => Assert.Equal(k.Trim().ToLowerInvariant(), k));
        Assert.True(topic.Paragraphs.Count >= 2, $"{fileName} has {topic.Paragraphs.Count} paragraphs");
        Assert.Equal(topic.Paragraphs.Count, topic.Paragraphs.Select(p => p.Id).Distinct().Count());
        Assert.All(topic.Paragraphs, p =>
        {
            Assert.Equal(topic.Id, p.TopicId);
            Assert.False(string.IsNullOrWhiteSpace(p.Id));
            Assert.False(string.IsNullOrWhiteSpace(p.Text));
            Assert.DoesNotContain("##", p.Text);
            Assert.DoesNotContain("\n", p.Text);
        });
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void Parse_RealPolicyFile_ParagraphsAreTheMpsExactWords(string fileName)
    {
        var topic = PolicyFileParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Policies, fileName)), fileName);

        // The seed statement lives beside the repository; where it is present every paragraph must be quoted from it verbatim.
        var seedPath = RepoPaths.PeaceAndSecuritySeed;
        var seed = File.Exists(seedPath) ? File.ReadAllText(seedPath) : null;
        Assert.All(topic.Paragraphs, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Text));
            if (seed is not null)
                Assert.True(seed.Contains(p.Text, StringComparison.Ordinal), $"{topic.Id}/{p.Id} is not verbatim in the seed: {p.Text}");
        });
    }

    [Fact]
    public void Parse_GazaFile_ReadsKnownParagraph()
    {
        var gaza = RealPolicies.Topics.Single(t => t.Id == "gaza");

        var paragraph = Assert.Single(gaza.Paragraphs, p => p.Id == "ceasefire-and-hostages");
        Assert.StartsWith("Over Gaza, I called back in October for an immediate ceasefire", paragraph.Text);
        Assert.Contains("hostages", gaza.Keywords);
        Assert.Equal("Gaza, Israel and Palestine", gaza.Title);
    }

    [Fact]
    public void Parse_MultiLineParagraph_JoinsLinesWithSpaces()
    {
        const string markdown = "---\nid: t\ntitle: T\n---\n\n## p1\nFirst line\nsecond line.\n\n## p2\nOther.\n";

        var topic = PolicyFileParser.Parse(markdown, "t.md");

        Assert.Equal("First line second line.", topic.Paragraphs[0].Text);
        Assert.Equal("1", topic.Version);
    }

    [Fact]
    public void Parse_MissingFrontMatter_ThrowsFormatExceptionNamingFile()
    {
        const string markdown = "## p1\nSome words.\n";

        var ex = Assert.Throws<FormatException>(() => PolicyFileParser.Parse(markdown, "nofront.md"));

        Assert.Contains("nofront.md", ex.Message);
        Assert.Contains("front matter", ex.Message);
    }

    [Fact]
    public void Parse_FrontMatterWithoutId_ThrowsFormatExceptionNamingFile()
    {
        const string markdown = "---\ntitle: T\n---\n\n## p1\nSome words.\n";

        var ex = Assert.Throws<FormatException>(() => PolicyFileParser.Parse(markdown, "noid.md"));

        Assert.Contains("noid.md", ex.Message);
    }

    [Fact]
    public void Parse_InvalidYaml_ThrowsFormatExceptionNamingFile()
    {
        const string markdown = "---\nid: t\ntitle: [unclosed\n---\n\n## p1\nSome words.\n";

        var ex = Assert.Throws<FormatException>(() => PolicyFileParser.Parse(markdown, "badyaml.md"));

        Assert.Contains("badyaml.md", ex.Message);
    }

    [Fact]
    public void Parse_DuplicateParagraphId_ThrowsFormatException()
    {
        const string markdown = "---\nid: t\ntitle: T\n---\n\n## same\nFirst.\n\n## same\nSecond.\n";

        var ex = Assert.Throws<FormatException>(() => PolicyFileParser.Parse(markdown, "dup.md"));

        Assert.Contains("dup.md", ex.Message);
        Assert.Contains("same", ex.Message);
    }

    [Fact]
    public void Parse_NoParagraphs_ThrowsFormatException()
    {
        const string markdown = "---\nid: t\ntitle: T\n---\n\nJust prose without headings.\n";

        var ex = Assert.Throws<FormatException>(() => PolicyFileParser.Parse(markdown, "empty.md"));

        Assert.Contains("empty.md", ex.Message);
    }
}
