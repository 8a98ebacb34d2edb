using Correspondence.Core.Triage.Learning;

namespace Correspondence.UnitTests.Triage;

/// <summary>The real templates/training files: skeleton groups and the folds shared with scripts/triage/split.py.</summary>
public class TrainingCorpusTests
{
    [Fact]
    public void Load_GeneratedLetters_CarryTheirSkeleton_HandWrittenOnesDoNot()
    {
        var corpus = TrainingCorpus.Load(RepoPaths.Templates);

        Assert.All(corpus.Where(e => e.Id.StartsWith('c')), e => Assert.NotNull(e.Skeleton));
        Assert.Contains(corpus, e => e.Id.StartsWith('x'));
        Assert.All(corpus.Where(e => e.Id.StartsWith('x')), e => Assert.Equal(e.Id, e.Group));
        Assert.DoesNotContain(corpus, e => e.Id.StartsWith('h')); // the holdout is never trained on
    }

    [Fact]
    public void GroupFold_LettersOfOneSkeleton_ShareAFold()
    {
        var corpus = TrainingCorpus.Load(RepoPaths.Templates);

        Assert.All(corpus.GroupBy(e => e.Group), g => Assert.Single(g.Select(e => e.GroupFold).Distinct()));
        Assert.Equal(5, corpus.Select(e => e.GroupFold).Distinct().Count());
    }

    [Theory]
    [InlineData("group:other-013", 3)] // values from Python: int(hashlib.sha256(key.encode()).hexdigest(), 16) % 5
    [InlineData("group:x0001", 0)]
    [InlineData("calibration:other-013", 0)]
    public void FoldOf_MatchesPythonSplit(string key, int fold) => Assert.Equal(fold, TrainingExample.FoldOf(key));

    [Fact]
    public void GroupFold_WithoutSkeleton_IsTheLettersOwn()
    {
        var letter = new TrainingExample("x0001", "s", "b", []);

        Assert.Equal(0, letter.GroupFold);
        Assert.Equal(3, (letter with { Skeleton = "other-013" }).GroupFold);
    }
}
