using Correspondence.Core.Triage;
using Correspondence.Core.Triage.Learning;
using Microsoft.ML.Data;

namespace Correspondence.UnitTests.Triage;

/// <summary>
/// The classifier's second opinion (ADR 0020): its features and its SVM against scikit-learn's
/// TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2) and LinearSVC(C=1) on the same six letters (the
/// expected numbers were printed by scikit-learn 1.2 here), and how a disputed topic changes the decision.
/// </summary>
public class SecondOpinionTests
{
    private static readonly string[] Letters =
    [
        "Stop arms sales to Israel now", "Stop the war in Ukraine", "Arms for Ukraine now", "Ukraine war: send arms",
        "Fix the potholes on our road", "The road to peace in Israel",
    ];

    [Fact]
    public void NgramTfidf_SameVocabularyIdfAndWeightsAsScikitLearn()
    {
        var vectorizer = NgramTfidf.Fit(Letters);

        // Only n-grams in two or more letters are kept: no bigram is.
        Assert.Equal(["arms", "in", "israel", "now", "road", "stop", "the", "to", "ukraine", "war"], vectorizer.Terms);
        Assert.Equal([1.559616, 1.847298, 1.847298, 1.847298, 1.847298, 1.847298, 1.559616, 1.847298, 1.559616, 1.847298],
            vectorizer.Idf.Select(v => Math.Round((double)v, 6)));
        var (indices, values) = vectorizer.Transform("stop arms, arms and more ARMS to Israel");
        Assert.Equal([0, 2, 5, 7], indices);
        Assert.Equal([0.715081, 0.403592, 0.403592, 0.403592], values.Select(v => Math.Round((double)v, 6)));
    }

    [Fact]
    public void LinearSvm_SameDecisionValuesAsScikitLearnsLinearSvc()
    {
        var vectorizer = NgramTfidf.Fit(Letters);
        var features = Letters.Select(l =>
        {
            var (indices, values) = vectorizer.Transform(l);
            return new VBuffer<float>(vectorizer.Size, indices.Length, values, indices);
        }).ToList();
        bool[] aboutArms = [true, false, true, true, false, true];

        var svm = LinearSvm.Train("arms", features, aboutArms, vectorizer.Size, tolerance: 1e-9, maxEpochs: 100_000);

        var decisions = features.Select(f => svm.Raw(f.GetIndices(), f.GetValues(), f.IsDense));
        Assert.Equal([0.93374, -0.35828, 0.82369, 0.58751, -0.45971, 0.37391], decisions.Select(d => Math.Round(d, 4)),
            new ToleranceComparer(1e-4));
        Assert.Equal(0.19828, svm.Bias, 4);
    }

    [Fact]
    public void Decide_TheOnlyConfidentTopicDisputed_AbstainsInsteadOfDrafting()
    {
        TopicScore[] scores = [new("gaza", 0.81, []), new("eu", 0.1, [])];

        var verdict = TopicClassification.Decide(scores, assign: 0.6, abstain: 0.2, disputed: new HashSet<string> { "gaza" });

        Assert.Empty(verdict.Assigned);
        Assert.True(verdict.Abstained);
        Assert.Equal("gaza", verdict.Scores[0].TopicId);
    }

    [Fact]
    public void Decide_OneOfTwoConfidentTopicsDisputed_KeepsTheOther()
    {
        TopicScore[] scores = [new("ukraine", 1.0, []), new("defence", 0.9, [])];

        var verdict = TopicClassification.Decide(scores, assign: 0.6, abstain: 0.2, disputed: new HashSet<string> { "defence" });

        Assert.Equal(["ukraine"], verdict.Assigned.Select(a => a.TopicId));
        Assert.False(verdict.Abstained);
    }

    [Fact]
    public void Decide_NothingDisputed_AsWithoutTheSecondOpinion()
    {
        TopicScore[] scores = [new("ukraine", 1.0, []), new("defence", 0.9, []), new("eu", 0.3, [])];

        var with = TopicClassification.Decide(scores, 0.6, 0.2, new HashSet<string>());
        var without = TopicClassification.Decide(scores, 0.6, 0.2);

        Assert.Equal(without.Assigned, with.Assigned);
        Assert.Equal(without.Abstained, with.Abstained);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}
