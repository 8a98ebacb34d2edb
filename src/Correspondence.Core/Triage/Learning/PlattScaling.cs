namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// Platt scaling: fits P(topic | score) = 1 / (1 + exp(slope * score + offset)) to scores and labels by Newton's method
/// on the log-loss, with Platt's smoothed targets so a perfectly separated set does not give an infinite slope
/// (Platt 1999; Lin, Lin and Weng 2007, "A note on Platt's probabilistic outputs").
/// </summary>
public static class PlattScaling
{
    public static (double Slope, double Offset) Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0));
        const double sigma = 1e-12;
        var f = Loss(scores, labels, hi, lo, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = sigma, h22 = sigma, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var fApB = scores[i] * a + b;
                double p, q;
                if (fApB >= 0) { p = Math.Exp(-fApB) / (1 + Math.Exp(-fApB)); q = 1 / (1 + Math.Exp(-fApB)); }
                else { p = 1 / (1 + Math.Exp(fApB)); q = Math.Exp(fApB) / (1 + Math.Exp(fApB)); }
                var d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = t - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }
            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5) break;
            var det = h11 * h22 - h21 * h21;
            var dA = -(h22 * g1 - h21 * g2) / det;
            var dB = -(-h21 * g1 + h11 * g2) / det;
            var gd = g1 * dA + g2 * dB;
            var step = 1.0;
            while (step >= 1e-10)
            {
                var newA = a + step * dA;
                var newB = b + step * dB;
                var newF = Loss(scores, labels, hi, lo, newA, newB);
                if (newF < f + 1e-4 * step * gd)
                {
                    a = newA; b = newB; f = newF;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) break;
        }
        return (a, b);
    }

    private static double Loss(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double hi, double lo, double a, double b)
    {
        double f = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var t = labels[i] ? hi : lo;
            var fApB = scores[i] * a + b;
            f += fApB >= 0 ? t * fApB + Math.Log(1 + Math.Exp(-fApB)) : (t - 1) * fApB + Math.Log(1 + Math.Exp(fApB));
        }
        return f;
    }
}
