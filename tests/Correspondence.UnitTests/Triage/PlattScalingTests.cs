using Correspondence.Core.Triage.Learning;

namespace Correspondence.UnitTests.Triage;

public class PlattScalingTests
{
    [Fact]
    public void Fit_LettersDrawnFromAKnownLogistic_RecoversItsSlopeAndOffset()
    {
        // At each score s, 200 letters of which a share 1 / (1 + e^(-2s + 1)) are about the topic.
        var scores = new List<double>();
        var labels = new List<bool>();
        for (var s = -3.0; s <= 3.0; s += 0.25)
        {
            var positives = (int)Math.Round(200 / (1 + Math.Exp(-2 * s + 1)));
            for (var i = 0; i < 200; i++)
            {
                scores.Add(s);
                labels.Add(i < positives);
            }
        }

        var (slope, offset) = PlattScaling.Fit(scores, labels);

        // ML.NET's convention: P = 1 / (1 + exp(slope * s + offset)).
        Assert.InRange(slope, -2.1, -1.9);
        Assert.InRange(offset, 0.9, 1.1);
    }

    [Fact]
    public void Fit_PerfectlySeparatedScores_StaysFinite()
    {
        double[] scores = [-2, -1.5, -1, 1, 1.5, 2];
        bool[] labels = [false, false, false, true, true, true];

        var (slope, offset) = PlattScaling.Fit(scores, labels);

        Assert.True(double.IsFinite(slope) && double.IsFinite(offset));
        Assert.True(slope < 0, "a higher score must mean a higher probability");
        var p = 1 / (1 + Math.Exp(slope * 2 + offset));
        Assert.InRange(p, 0.5, 0.999); // smoothed targets: confident, never certain
    }

    [Fact]
    public void Fit_TwoInputs_RecoversEachInputsWeight()
    {
        // Letters at each (score, keywords) cell, a share 1 / (1 + e^(-1.5s - 2k + 1)) about the topic: the fit must
        // give the keyword input its own weight rather than folding it into the score's.
        var inputs = new List<double[]>();
        var labels = new List<bool>();
        for (var s = -2.0; s <= 2.0; s += 0.5)
            for (var k = 0.0; k <= 2.0; k += 0.5)
            {
                var positives = (int)Math.Round(200 / (1 + Math.Exp(-1.5 * s - 2 * k + 1)));
                for (var i = 0; i < 200; i++)
                {
                    inputs.Add([s, k]);
                    labels.Add(i < positives);
                }
            }

        var (weights, offset) = PlattScaling.Fit(inputs, labels);

        Assert.InRange(weights[0], -1.6, -1.4);
        Assert.InRange(weights[1], -2.1, -1.9);
        Assert.InRange(offset, 0.9, 1.1);
    }

    [Fact]
    public void Fit_AnInputThatIsAlwaysZero_StaysFiniteAndIgnored()
    {
        // A topic whose keywords never occur in the corpus: its column is all zeros and must not break the solve.
        double[][] inputs = [[-2, 0], [-1, 0], [-0.5, 0], [0.5, 0], [1, 0], [2, 0]];
        bool[] labels = [false, false, true, false, true, true];

        var (weights, offset) = PlattScaling.Fit(inputs, labels);

        Assert.True(weights.All(double.IsFinite) && double.IsFinite(offset));
        Assert.True(weights[0] < 0);
        Assert.InRange(weights[1], -1e-3, 1e-3);
    }
}
