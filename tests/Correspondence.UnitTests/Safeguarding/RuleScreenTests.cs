using System.Text.RegularExpressions;
using Correspondence.Core.Safeguarding;

namespace Correspondence.UnitTests.Safeguarding;

/// <summary>The whole-letter screen must never hide a rule that matches a sentence; it only saves work.</summary>
public sealed class RuleScreenTests
{
    [Theory]
    [InlineData(@"\bkill\b(?!\s+(myself|me)\b)", @"\bkill\b")]
    [InlineData(@"(?<=\bi )hurt", "hurt")]
    [InlineData(@"a(?=[)(]x)b", "ab")]
    [InlineData(@"[^.!?(]{0,5}\((x)", @"[^.!?(]{0,5}\((x)")]
    [InlineData(@"(?<name>a)(?<!b)c", "(?<name>a)c")]
    public void WithoutLookarounds_DropsOnlyTheLookarounds(string pattern, string expected) =>
        Assert.Equal(expected, RuleScreen.WithoutLookarounds(pattern));

    [Theory]
    [InlineData("^I will")]
    [InlineData("kill$")]
    [InlineData(@"\Akill")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?<w>a)\k<w>")]
    public void PatternsThatDependOnEdgesOrGroups_GetNoScreen(string pattern) =>
        Assert.Null(RuleScreen.For(pattern, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));

    [Fact]
    public void NegativeLookaheadAtSentenceEnd_StillFlags()
    {
        // Per sentence, "(?!\s+myself)" passes at the end of "I will kill"; the screen must not see the next sentence's
        // "Myself" through the join and drop the rule.
        var rules = SafeguardingRules.Parse("""
            categories:
              - id: threat
                title: Threat
                threshold: 1
                rules:
                  - id: kill
                    weight: 1
                    pattern: '\bi will kill\b(?!\s+myself\b)'
            """, "test");
        Assert.NotNull(rules.Categories[0].Rules[0].Screen);
        var verdict = new SafeguardingDetector(rules).Scan("Letter", "I will kill.\nMyself, I think the council is wrong.");
        Assert.True(verdict.Flagged);
    }

    [Fact]
    public void ShippedRules_SameVerdictsWithAndWithoutScreens_OnTheLabelledLetters()
    {
        var screened = SafeguardingDetectorTests.Detector;
        var rules = screened.Rules;
        Assert.True(rules.Categories.SelectMany(c => c.Rules).Count(r => r.Screen is not null) >= rules.Categories.SelectMany(c => c.Rules).Count() / 2,
            "most shipped rules should be screenable");
        var unscreened = new SafeguardingDetector(new SafeguardingRules
        {
            Categories = rules.Categories.Select(c => c with { Rules = c.Rules.Select(r => r with { Screen = null }).ToList() }).ToList(),
            Negations = rules.Negations,
            ReportingVerbs = rules.ReportingVerbs,
            NegationWindowWords = rules.NegationWindowWords,
        });
        using var reader = File.OpenText(SafeguardingDetectorTests.LettersFile);
        var letters = SafeguardingEvaluation.ReadLetters(reader);
        var flagged = 0;
        foreach (var letter in letters)
        {
            var expected = unscreened.Scan(letter.Subject, letter.Body);
            Assert.Equal(expected.Describe(), screened.Scan(letter.Subject, letter.Body).Describe());
            if (expected.Flagged) flagged++;
        }
        Assert.True(flagged > 50, $"only {flagged} flagged letters: the comparison would prove little");
    }
}
