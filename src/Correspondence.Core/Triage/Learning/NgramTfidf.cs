using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// The second opinion's features (ADR 0020): word unigrams and bigrams, sublinear TF-IDF (1 + ln tf, smoothed idf),
/// L2-normalised; the n-grams kept are those in at least <see cref="MinDocuments"/> training letters. The same recipe as
/// scikit-learn's TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2), so the baseline script measures it.
/// ML.NET's featurizer has no sublinear term frequency, and the model's own features stay unigrams (ADR 0008).
/// </summary>
public sealed partial class NgramTfidf
{
    public const int MinDocuments = 2;

    /// <summary>The n-grams in slot order, and each one's inverse document frequency; what is saved with the model.</summary>
    public required string[] Terms { get; init; }
    public required float[] Idf { get; init; }

    private Dictionary<string, int>? _slots;
    private Dictionary<string, int> Slots => _slots ??= Terms.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);

    [JsonIgnore]
    public int Size => Terms.Length;

    public static NgramTfidf Fit(IEnumerable<string> texts)
    {
        var documents = 0;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            documents++;
            foreach (var term in Ngrams(text).Distinct(StringComparer.Ordinal))
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }
        var kept = frequency.Where(f => f.Value >= MinDocuments).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        return new NgramTfidf
        {
            Terms = kept.Select(f => f.Key).ToArray(),
            Idf = kept.Select(f => (float)(Math.Log((1.0 + documents) / (1.0 + f.Value)) + 1)).ToArray(),
        };
    }

    /// <summary>A letter's sparse vector: slots in ascending order and their weights.</summary>
    public (int[] Indices, float[] Values) Transform(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var term in Ngrams(text))
            if (Slots.TryGetValue(term, out var slot)) counts[slot] = counts.GetValueOrDefault(slot) + 1;
        var indices = counts.Keys.Order().ToArray();
        var values = new float[indices.Length];
        double norm = 0;
        for (var k = 0; k < indices.Length; k++)
        {
            var v = (1 + Math.Log(counts[indices[k]])) * Idf[indices[k]];
            values[k] = (float)v;
            norm += v * v;
        }
        if (norm > 0)
        {
            var scale = 1 / Math.Sqrt(norm);
            for (var k = 0; k < values.Length; k++) values[k] = (float)(values[k] * scale);
        }
        return (indices, values);
    }

    /// <summary>Tokens of two or more word characters, lower-cased, then each pair of neighbours.</summary>
    private static IEnumerable<string> Ngrams(string text)
    {
        string? previous = null;
        foreach (Match m in Token().Matches(text.ToLower(CultureInfo.InvariantCulture)))
        {
            yield return m.Value;
            if (previous is not null) yield return previous + " " + m.Value;
            previous = m.Value;
        }
    }

    [GeneratedRegex(@"\b\w\w+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
