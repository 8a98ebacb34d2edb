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
}
