using Microsoft.ML.Data;

namespace Correspondence.Core.Triage.Learning;

/// <summary>What the featurizer sees of a letter: its normalised text and the policy keywords' evidence per topic.</summary>
public sealed class TopicModelInput
{
    public string Text { get; set; } = "";

    /// <summary>Keyword points per topic, in the model's topic order (subject hits count double).</summary>
    [VectorType]
    public float[] Keywords { get; set; } = [];

    public static TopicModelInput From(string subject, string body, KeywordClassifier keywords, IReadOnlyList<string> topics) =>
        From(subject, body, keywords.Points(subject, body), topics);

    /// <param name="points">Keyword points per topic, when the caller already has them (they cost a regex pass).</param>
    public static TopicModelInput From(string subject, string body, IReadOnlyDictionary<string, double> points, IReadOnlyList<string> topics)
    {
        // The subject is repeated so its words weigh more, as a reader's eye does.
        var text = TextNormalizer.Normalize($"{subject} . {subject} . {body}");
        return new TopicModelInput
        {
            Text = text.Length > 20_000 ? text[..20_000] : text,
            Keywords = topics.Select(t => (float)Math.Log(1 + points.GetValueOrDefault(t))).ToArray(),
        };
    }
}

/// <summary>The featurizer's output: one sparse vector per letter.</summary>
public sealed class TopicModelFeatures
{
    [VectorType]
    public VBuffer<float> Features { get; set; }
}
