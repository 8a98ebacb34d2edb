using Correspondence.Core.Campaigns;

namespace Correspondence.UnitTests.Campaigns;

public sealed class LetterTextTests
{
    [Fact]
    public void Sentences_GreetingSignOffAddressSignatureAndQuote_Removed()
    {
        var sentences = LetterText.Sentences("""
            Dear Alex Example MP,

            I urge you to call for a ceasefire now. Aid must reach Gaza!

            Kind regards,
            Ada Lovelace
            12 Mill Lane
            EX1 4QT
            --
            Sent by the campaign website
            On 3 Nov 2026, at 09:12, Office of Alex Example MP wrote:
            > Thank you for your email.
            """);

        Assert.Equal(["I urge you to call for a ceasefire now.", "Aid must reach Gaza!"], sentences);
    }

    [Fact]
    public void Sentences_PostscriptAfterSignOff_Kept()
    {
        var sentences = LetterText.Sentences("Please support Ukraine for as long as it takes.\n\nBest wishes,\nAda\n\nP.S. My mother is stuck in Kharkiv and needs a visa.\n");

        Assert.Contains("P.S. My mother is stuck in Kharkiv and needs a visa.", sentences);
        Assert.DoesNotContain(sentences, s => s.StartsWith("Ada", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_FoldCasePunctuationAndApostrophes()
    {
        Assert.Equal(["russias", "war", "dont", "stop", "now"], LetterText.Words("Russia’s WAR -- don't stop, now!"));
    }
}
