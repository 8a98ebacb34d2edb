using Microsoft.ML.Data;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// A linear support-vector machine (L2-regularised, squared hinge loss, a bias feature of 1 as in liblinear), trained by
/// dual coordinate descent (Hsieh et al., ICML 2008: the solver behind liblinear and scikit-learn's LinearSVC).
/// It is the classifier's second opinion (ADR 0020): on word uni- and bigrams (<see cref="NgramTfidf"/>), with a loss
/// that is flat once a letter is clearly on its side, so it weighs the words that separate the hard cases.
/// ML.NET's own LinearSvm is a stochastic Pegasos solver whose result changes with the data order; this is exact and
/// deterministic for a given corpus.
/// </summary>
internal static class LinearSvm
{
    /// <summary>Trains one topic's SVM; the weights come back sparse, as a <see cref="TopicWeights"/> with no calibration.</summary>
    public static TopicWeights Train(string topic, IReadOnlyList<VBuffer<float>> features, IReadOnlyList<bool> labels, int size,
        double c = 1.0, double tolerance = 0.001, int maxEpochs = 1000)
    {
        var n = features.Count;
        var w = new double[size + 1]; // the last slot is the bias's weight
        var alpha = new double[n];
        var y = labels.Select(l => l ? 1.0 : -1.0).ToArray();
        var diagonal = 0.5 / c;
        var qii = new double[n];
        for (var i = 0; i < n; i++)
        {
            var values = features[i].GetValues();
            double norm = 1; // the bias feature
            foreach (var v in values) norm += v * v;
            qii[i] = norm + diagonal;
        }

        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(1);
        for (var epoch = 0; epoch < maxEpochs; epoch++)
        {
            random.Shuffle(order);
            double maxPg = double.NegativeInfinity, minPg = double.PositiveInfinity;
            foreach (var i in order)
            {
                var g = y[i] * Dot(w, features[i], size) - 1 + diagonal * alpha[i];
                var pg = alpha[i] == 0 ? Math.Min(g, 0) : g;
                maxPg = Math.Max(maxPg, pg);
                minPg = Math.Min(minPg, pg);
                if (Math.Abs(pg) < 1e-12) continue;
                var old = alpha[i];
                alpha[i] = Math.Max(old - g / qii[i], 0);
                var step = (alpha[i] - old) * y[i];
                if (step != 0) Add(w, features[i], size, step);
            }
            if (maxPg - minPg < tolerance) break;
        }

        var indices = new List<int>();
        var weights = new List<float>();
        for (var j = 0; j < size; j++)
        {
            if (w[j] == 0) continue;
            indices.Add(j);
            weights.Add((float)w[j]);
        }
        return new TopicWeights { TopicId = topic, Indices = [.. indices], Values = [.. weights], Bias = (float)w[size] };
    }

    private static double Dot(double[] w, in VBuffer<float> x, int size)
    {
        var values = x.GetValues();
        double sum = w[size];
        if (x.IsDense)
            for (var j = 0; j < values.Length; j++) sum += w[j] * values[j];
        else
        {
            var indices = x.GetIndices();
            for (var k = 0; k < values.Length; k++) sum += w[indices[k]] * values[k];
        }
        return sum;
    }

    private static void Add(double[] w, in VBuffer<float> x, int size, double step)
    {
        var values = x.GetValues();
        w[size] += step;
        if (x.IsDense)
            for (var j = 0; j < values.Length; j++) w[j] += step * values[j];
        else
        {
            var indices = x.GetIndices();
            for (var k = 0; k < values.Length; k++) w[indices[k]] += step * values[k];
        }
    }
}
