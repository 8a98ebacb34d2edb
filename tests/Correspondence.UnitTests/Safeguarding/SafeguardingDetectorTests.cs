using Correspondence.Core.Safeguarding;
using Xunit.Abstractions;

namespace Correspondence.UnitTests.Safeguarding;

/// <summary>The shipped rule set on hand-written letters: recall floors on threats and self-harm, a false-alarm ceiling.</summary>
public sealed class SafeguardingDetectorTests(ITestOutputHelper output)
{
    internal static readonly SafeguardingDetector Detector =
        new(SafeguardingRules.Load(Path.Combine(RepoPaths.Templates, SafeguardingRules.FileName)));

    internal static string LettersFile => Path.Combine(RepoPaths.Root, "tests", "Correspondence.UnitTests", "Safeguarding", "letters.jsonl");

    [Fact]
    public void LabelledLetters_RecallOnThreatsAndSelfHarmAtLeast95Percent_FalseAlarmsUnder15Percent()
    {
        using var reader = File.OpenText(LettersFile);
        var letters = SafeguardingEvaluation.ReadLetters(reader);
        var report = SafeguardingEvaluation.Evaluate(Detector, letters);
        output.WriteLine(SafeguardingEvaluation.Format(report));

        Assert.True(letters.Count >= 150, $"only {letters.Count} letters");
        Assert.True(report.Negatives >= 60, $"only {report.Negatives} letters with no label");
        Assert.True(report.For("threat").Recall >= 0.95, SafeguardingEvaluation.Format(report));
        Assert.True(report.For("self_harm").Recall >= 0.95, SafeguardingEvaluation.Format(report));
        Assert.True(report.For("abuse").Recall >= 0.8, SafeguardingEvaluation.Format(report));
        Assert.True(report.For("crisis").Recall >= 0.8, SafeguardingEvaluation.Format(report));
        Assert.True(report.FalseAlarmRate <= 0.15, SafeguardingEvaluation.Format(report));
    }

    [Theory]
    [InlineData("I will kill myself if the council evicts me.", "self_harm")]
    [InlineData("I will hurt the MP when I see him.", "threat")]
    [InlineData("I\u2019m going to stab you at your surgery.", "threat")]
    [InlineData("I don\u2019t want to live any more.", "self_harm")]
    public void Scan_FirstPersonIntent_Flags(string body, string category)
    {
        var verdict = Detector.Scan("A letter", body);
        Assert.Contains(verdict.Flags, f => f.Category == category);
        Assert.NotEmpty(verdict.Flags.Single(f => f.Category == category).Evidence[0].Phrase);
    }

    [Theory]
    [InlineData("The war is killing civilians and children every day.")]
    [InlineData("People are threatening my MP online and it is disgraceful.")]
    [InlineData("I would never hurt anyone, but I am angry about the vote.")]
    [InlineData("I am not going to kill myself, please don't worry, but the debt is hard.")]
    [InlineData("He said he will kill the MP, and I reported it to the police.")]
    [InlineData("Kill the bill! Vote against the anti-protest law.")]
    public void Scan_ThirdPartyNegatedOrFigurative_DoesNotFlag(string body) =>
        Assert.False(Detector.Scan("A letter", body).Flagged, Detector.Scan("A letter", body).Describe());

    [Fact]
    public void Scan_QuotedEarlierMail_IsIgnored()
    {
        var verdict = Detector.Scan("Re: your letter", "Thank you.\n\nOn 1 May 2026, someone wrote:\n> I will kill you");
        Assert.False(verdict.Flagged);
    }

    [Fact]
    public void Parse_BadPattern_NamesCategoryAndRule()
    {
        var ex = Assert.Throws<FormatException>(() => SafeguardingRules.Parse(
            "categories:\n  - id: threat\n    rules:\n      - id: broken\n        pattern: '(unclosed'\n", "test.yml"));
        Assert.Contains("threat/broken", ex.Message);
    }
}
