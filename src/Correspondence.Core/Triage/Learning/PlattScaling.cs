namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// Platt scaling, widened to a few inputs: fits P(topic | x) = 1 / (1 + exp(w·x + b)) (ML.NET's sign convention) by
/// Newton's method on the log-loss, with Platt's smoothed targets so a perfectly separated set does not give infinite
/// weights (Platt 1999; Lin, Lin and Weng 2007), and a very light ridge so a constant input cannot make the Hessian
/// singular. With one input (the linear model's score) it is classic Platt scaling; the trainer also passes the policy
/// keywords' evidence, so the calibrated probability combines both (ADR 0018).
/// </summary>
public static class PlattScaling
{
    private const double Ridge = 1e-6;

    /// <summary>Classic Platt scaling of one score.</summary>
    public static (double Slope, double Offset) Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var (w, b) = Fit(scores.Select(s => new[] { s }).ToList(), labels);
        return (w[0], b);
    }

    /// <param name="inputs">One row per example, each with the same small number of inputs.</param>
    public static (double[] Weights, double Offset) Fit(IReadOnlyList<double[]> inputs, IReadOnlyList<bool> labels)
    {
        var n = inputs.Count == 0 ? 0 : inputs[0].Length;
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        // Parameters θ = (w_1..w_n, b); the last one is the offset.
        var theta = new double[n + 1];
        theta[n] = Math.Log((negatives + 1.0) / (positives + 1.0));
        var f = Loss(inputs, labels, hi, lo, theta);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var h = new double[n + 1, n + 1];
            var g = new double[n + 1];
            for (var k = 0; k <= n; k++) h[k, k] = Ridge;
            for (var i = 0; i < inputs.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var z = Linear(inputs[i], theta);
                // p = P(label) = 1 / (1 + e^z), q = 1 - p, computed without overflow.
                var p = z >= 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z));
                var q = 1 - p;
                var d1 = t - p;
                var d2 = p * q;
                for (var a = 0; a <= n; a++)
                {
                    var xa = a < n ? inputs[i][a] : 1.0;
                    g[a] += xa * d1;
                    for (var c = 0; c <= a; c++)
                        h[a, c] += xa * (c < n ? inputs[i][c] : 1.0) * d2;
                }
            }
            if (g.All(v => Math.Abs(v) < 1e-5)) break;
            for (var a = 0; a <= n; a++)
                for (var c = a + 1; c <= n; c++)
                    h[a, c] = h[c, a];
            var direction = Solve(h, g.Select(v => -v).ToArray());
            var gd = g.Zip(direction, (x, y) => x * y).Sum();
            var step = 1.0;
            while (step >= 1e-10)
            {
                var candidate = theta.Zip(direction, (x, d) => x + step * d).ToArray();
                var newF = Loss(inputs, labels, hi, lo, candidate);
                if (newF < f + 1e-4 * step * gd)
                {
                    theta = candidate;
                    f = newF;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) break;
        }
        return (theta[..n], theta[n]);
    }

    private static double Linear(double[] x, double[] theta)
    {
        var z = theta[^1];
        for (var k = 0; k < x.Length; k++) z += x[k] * theta[k];
        return z;
    }

    private static double Loss(IReadOnlyList<double[]> inputs, IReadOnlyList<bool> labels, double hi, double lo, double[] theta)
    {
        double f = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var t = labels[i] ? hi : lo;
            var z = Linear(inputs[i], theta);
            f += z >= 0 ? t * z + Math.Log(1 + Math.Exp(-z)) : (t - 1) * z + Math.Log(1 + Math.Exp(z));
        }
        for (var k = 0; k < theta.Length; k++) f += 0.5 * Ridge * theta[k] * theta[k];
        return f;
    }

    /// <summary>Gaussian elimination with partial pivoting for the small (n+1)×(n+1) Newton system.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            if (pivot != col)
            {
                for (var c = 0; c < n; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                (x[col], x[pivot]) = (x[pivot], x[col]);
            }
            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < n; c++) m[r, c] -= factor * m[col, c];
                x[r] -= factor * x[col];
            }
        }
        for (var r = n - 1; r >= 0; r--)
        {
            for (var c = r + 1; c < n; c++) x[r] -= m[r, c] * x[c];
            x[r] /= m[r, r];
        }
        return x;
    }
}
