using Correspondence.Core.Triage;

namespace Correspondence.UnitTests.Triage;

public class PolicyMatcherTests
{
    private readonly PolicyMatcher _matcher = new(RealPolicies.Library());

    [Fact]
    public void MatchParagraphs_HostagesAndCeasefireLetter_RanksCeasefireAndHostagesFirst()
    {
        var matches = _matcher.MatchParagraphs("gaza", "Ceasefire and hostages",
            "I want an immediate ceasefire and the unconditional return of the hostages held in Gaza.", 3);

        Assert.NotEmpty(matches);
        Assert.Equal("ceasefire-and-hostages", matches[0].Paragraph.Id);
        Assert.True(matches[0].Score > 0);
    }

    [Fact]
    public void MatchParagraphs_RecognisePalestineLetter_IncludesRecognisePalestine()
    {
        var matches = _matcher.MatchParagraphs("gaza", "Recognise Palestine",
            "Please push the UK government to recognise Palestine. Recognition of the Palestinian state is long overdue.", 3);

        Assert.Contains(matches, m => m.Paragraph.Id == "recognise-palestine");
    }

    [Fact]
    public void MatchParagraphs_LetterSharingNoWords_ReturnsTopicsLeadStatementOnly()
    {
        var matches = _matcher.MatchParagraphs("gaza", "Hello", "Xylophone zebra quokka.", 3);

        var only = Assert.Single(matches);
        Assert.Equal("regional-war", only.Paragraph.Id);
    }

    [Fact]
    public void MatchParagraphs_Max_LimitsResults()
    {
        var matches = _matcher.MatchParagraphs("gaza", "Gaza",
            "Israel Hamas regional war ceasefire hostages two-state humanitarian aid recognition Palestinian state Labour", 2);

        Assert.Equal(2, matches.Count);
    }

    [Fact]
    public void MatchParagraphs_UnknownTopic_ReturnsEmpty() =>
        Assert.Empty(_matcher.MatchParagraphs("no-such-topic", "Gaza", "ceasefire", 3));
}
