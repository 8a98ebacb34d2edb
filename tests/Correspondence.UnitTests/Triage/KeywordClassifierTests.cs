using Correspondence.Core.Triage;

namespace Correspondence.UnitTests.Triage;

public class KeywordClassifierTests
{
    private const double Threshold = 0.6;
    private readonly KeywordClassifier _classifier = new(RealPolicies.Library());

    [Fact]
    public void Classify_GazaCeasefireLetter_ScoresGazaAboveThreshold()
    {
        var scores = _classifier.Classify(
            "Ceasefire in Gaza now",
            "Dear MP, I am horrified by what is happening in Gaza. Please call for an immediate ceasefire and the release of the hostages.");

        var top = scores[0];
        Assert.Equal("gaza", top.TopicId);
        Assert.True(top.Confidence > Threshold, $"gaza confidence {top.Confidence}");
        Assert.Contains(top.Evidence, e => e.Contains("\"ceasefire\""));
        Assert.Contains(top.Evidence, e => e.Contains("\"gaza\""));
    }

    [Fact]
    public void Classify_UkraineLetter_ScoresUkraineFirst()
    {
        var scores = _classifier.Classify(
            "Support for Ukraine",
            "Please keep supporting Ukraine against Russia. Putin must not win, and Ukrainian refugees need help.");

        Assert.Equal("ukraine", scores[0].TopicId);
        Assert.True(scores[0].Confidence > Threshold, $"ukraine confidence {scores[0].Confidence}");
    }

    [Fact]
    public void Classify_EuropeanConventionOnHumanRights_IsNotEuEvidence()
    {
        // eu.md lists it under not_keywords: "European" and "leave" inside it are not about the EU.
        var scores = _classifier.Classify(
            "Leave the European Convention on Human Rights",
            "The European Court of Human Rights keeps blocking deportations. Take us out of the ECHR and the European Convention on Human Rights.");

        Assert.DoesNotContain(scores, s => s.TopicId == "eu");
    }

    [Fact]
    public void Classify_EuropeanUnionBesideTheConvention_StillCountsTheUnion()
    {
        var scores = _classifier.Classify(
            "Rejoin the European Union",
            "Brexit was a mistake. Rejoin the European Union; and stay in the European Convention on Human Rights too.");

        var eu = Assert.Single(scores, s => s.TopicId == "eu");
        Assert.Contains(eu.Evidence, e => e.Contains("\"european union\""));
    }

    [Fact]
    public void Classify_PotholeLetter_HasNoScores()
    {
        var scores = _classifier.Classify(
            "Pothole on Station Road",
            "There is a deep pothole outside number 12 Station Road that has damaged two cars this week. Can the council fix it?");

        Assert.Empty(scores);
    }

    [Fact]
    public void Classify_VeteranMentionedOnceAboutHousing_StaysBelowThreshold()
    {
        var scores = _classifier.Classify(
            "Housing repairs",
            "My landlord will not repair the damp in my flat. I am a veteran and I have two children. Can you help me get the repairs done?");

        var defence = Assert.Single(scores);
        Assert.Equal("defence", defence.TopicId);
        Assert.True(defence.Confidence < Threshold, $"defence confidence {defence.Confidence}");
        Assert.Contains(defence.Evidence, e => e.Contains("\"veteran\""));
    }

    [Fact]
    public void Classify_KeywordInSubject_CountsMoreThanInBody()
    {
        var inSubject = _classifier.Classify("Gaza", "Please reply.").Single(s => s.TopicId == "gaza");
        var inBody = _classifier.Classify("A question", "Gaza. Please reply.").Single(s => s.TopicId == "gaza");

        Assert.True(inSubject.Confidence > inBody.Confidence);
        Assert.Contains(inSubject.Evidence, e => e.Contains("in subject"));
    }

    [Fact]
    public void Classify_KeywordInsideLongerWord_DoesNotMatch()
    {
        // "eu" must not match inside "neutral" or "feud", nor "raf" inside "draft".
        var scores = _classifier.Classify("A neutral feud", "I read the draft and feel neutral about it.");

        Assert.Empty(scores);
    }

    [Fact]
    public void Classify_CurlyApostropheAndCapitals_StillMatchKeywords()
    {
        var scores = _classifier.Classify("ISRAEL’S ARMY", "");

        Assert.Contains(scores, s => s.TopicId == "gaza");
        Assert.Contains(scores, s => s.TopicId == "defence");
    }

    [Fact]
    public void Classify_RepeatedKeyword_IsCappedSoConfidenceSaturates()
    {
        var once = _classifier.Classify("", string.Join(' ', Enumerable.Repeat("gaza", 3))).Single();
        var often = _classifier.Classify("", string.Join(' ', Enumerable.Repeat("gaza", 50))).Single();

        Assert.Equal(once.Confidence, often.Confidence);
        Assert.True(often.Confidence < 1);
    }
}
