using Correspondence.Core.Campaigns;

namespace Correspondence.UnitTests.Campaigns;

public sealed class MinHashTests
{
    private const string Campaign = """
        I am writing to urge you to call for an immediate and permanent ceasefire in Gaza. The humanitarian situation is catastrophic and civilians are paying the price every single day.

        All hostages must be released, and unrestricted humanitarian aid must be allowed into Gaza through every crossing. Aid agencies have warned for months that famine is spreading.

        The UK must suspend arms sales to Israel while there is a clear risk that they are used against Palestinian civilians. Our own law requires it, and our international partners are watching.
        """;

    private static double Similarity(string a, string b) =>
        MinHash.Similarity(MinHash.Signature(LetterText.Sentences(a)), MinHash.Signature(LetterText.Sentences(b)));

    [Fact]
    public void ReorderedParagraphsGreetingAndSignature_SameText()
    {
        var paragraphs = Campaign.Split("\n\n");
        var copy = $"Hi Alex,\n\n{paragraphs[2]}\n\n{paragraphs[0]}\n\n{paragraphs[1]}\n\nYours sincerely,\nGrace Hopper\nEX4 6PL\n";

        Assert.Equal(1.0, Similarity(Campaign, copy));
    }

    [Fact]
    public void TyposAndAnAddedSentence_StillAboveThreshold()
    {
        var copy = Campaign.Replace("immediate", "immediatte").Replace("famine", "famnie")
            + "\n\nI have never written to my MP before but I feel very strongly about this.\n";

        Assert.InRange(Similarity(Campaign, copy), 0.7, 1.0);
    }

    [Fact]
    public void DifferentLetterOnTheSameTopic_FarBelowThreshold()
    {
        const string other = "I am worried about Gaza and think the government is not doing enough. My neighbours agree with me about the aid. Please write back with your view on the crossings.";

        Assert.InRange(Similarity(Campaign, other), 0.0, 0.2);
    }

    [Fact]
    public void Signature_StableAcrossCalls_AndRoundTripsThroughBytes()
    {
        var signature = MinHash.Signature(LetterText.Sentences(Campaign));

        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
        Assert.Equal(signature, MinHash.Signature(LetterText.Sentences(Campaign)));
    }

    [Theory]
    [InlineData(0.7, 25, 5)]
    [InlineData(0.6, 32, 4)]
    public void Bands_ChosenSoAPairAtTheThresholdIsACandidate(double threshold, int bands, int rows)
    {
        var lsh = new LshBands(threshold);

        Assert.Equal((bands, rows), (lsh.Bands, lsh.Rows));
        Assert.True(LshBands.CandidateProbability(threshold, bands, rows) >= LshBands.RecallAtThreshold);
        Assert.True(LshBands.CandidateProbability(0.2, bands, rows) < 0.1);
    }

    [Fact]
    public void Containment_OfAShortenedCopy_IsHighWhenJaccardIsNot()
    {
        // 100 shingles against 60 of them: Jaccard 0.6, all of the shorter text inside the longer.
        Assert.Equal(1.0, MinHash.Containment(0.6, 100, 60), 3);
    }
}
