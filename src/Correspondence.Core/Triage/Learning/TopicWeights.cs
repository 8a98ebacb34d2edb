namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// A linear, Platt-calibrated scorer for one topic: p = 1 / (1 + exp(slope * (w·x + b) + keywordSlope * k + offset)), in
/// ML.NET's PlattCalibrator convention, where k = log(1 + the policy keywords' points for the topic). The keyword term
/// is fitted with the slope on letters of unseen wording (ADR 0018); a model saved without it has keywordSlope 0.
/// </summary>
public sealed class TopicWeights
{
    public required string TopicId { get; init; }
    public required int[] Indices { get; init; }
    public required float[] Values { get; init; }
    public float Bias { get; init; }
    public double Slope { get; init; }
    public double Offset { get; init; }
    public double KeywordSlope { get; init; }

    /// <summary>
    /// The topic's second opinion (ADR 0020): a linear SVM on the model's word uni- and bigram features
    /// (<see cref="NgramTfidf"/>), not on this scorer's; its raw score w·x + b is the margin, and its calibration fields
    /// are unused. A model saved without one (before ADR 0020) has none, and nothing is gated.
    /// </summary>
    public TopicWeights? SecondOpinion { get; init; }

    private Dictionary<int, float>? _lookup;

    /// <summary>The uncalibrated score w·x + b.</summary>
    public double Raw(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, bool dense)
    {
        _lookup ??= Indices.Zip(Values).ToDictionary(p => p.First, p => p.Second);
        double raw = Bias;
        for (var i = 0; i < values.Length; i++)
            if (values[i] != 0 && _lookup.TryGetValue(dense ? i : indices[i], out var w))
                raw += w * values[i];
        return raw;
    }

    public (double Probability, IReadOnlyList<(int Slot, double Contribution)> Top) Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, bool dense, int topEvidence, double keywords = 0)
    {
        _lookup ??= Indices.Zip(Values).ToDictionary(p => p.First, p => p.Second);
        double raw = Bias;
        var contributions = topEvidence > 0 ? new List<(int, double)>() : null;
        for (var i = 0; i < values.Length; i++)
        {
            var slot = dense ? i : indices[i];
            if (values[i] == 0 || !_lookup.TryGetValue(slot, out var w)) continue;
            var c = w * values[i];
            raw += c;
            if (c > 0) contributions?.Add((slot, c));
        }
        var p = Calibrate(raw, keywords);
        var top = contributions is null ? [] : (IReadOnlyList<(int, double)>)contributions.OrderByDescending(c => c.Item2).Take(topEvidence).ToList();
        return (p, top);
    }

    /// <summary>Platt scaling in ML.NET's convention, with the keyword evidence as a second input.</summary>
    public double Calibrate(double raw, double keywords) => 1.0 / (1.0 + Math.Exp(Slope * raw + KeywordSlope * keywords + Offset));
}
