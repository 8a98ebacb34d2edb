using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// A trained topic model: one text featurizer (ML.NET) and, per topic, a calibrated linear scorer over its features.
/// Featurizing once and scoring each topic as a sparse dot product keeps it fast and lets it say which words drove
/// a decision. Thread-safe: each thread gets its own prediction engine.
/// </summary>
public sealed class TopicModel : IDisposable
{
    private const string FeaturizerFile = "featurizer.zip";
    private const string WeightsFile = "topics.json";
    private const string SecondOpinionFile = "second-opinion.json";

    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly ThreadLocal<PredictionEngine<TopicModelInput, TopicModelFeatures>> _engines;
    private readonly string[] _slotNames;
    private readonly NgramTfidf? _secondOpinion;

    public IReadOnlyList<string> Topics { get; }
    public IReadOnlyList<TopicWeights> Weights { get; }
    public TopicModelInfo Info { get; internal set; }

    internal TopicModel(MLContext ml, ITransformer featurizer, DataViewSchema inputSchema, IReadOnlyList<TopicWeights> weights, TopicModelInfo info,
        NgramTfidf? secondOpinion)
    {
        _secondOpinion = secondOpinion;
        _ml = ml;
        _featurizer = featurizer;
        InputSchema = inputSchema;
        Weights = weights;
        Topics = weights.Select(w => w.TopicId).ToList();
        Info = info;
        _engines = new ThreadLocal<PredictionEngine<TopicModelInput, TopicModelFeatures>>(
            () => _ml.Model.CreatePredictionEngine<TopicModelInput, TopicModelFeatures>(_featurizer, InputSchema), trackAllValues: true);
        _slotNames = SlotNames();
    }

    internal DataViewSchema InputSchema { get; }

    /// <summary>A topic's calibrated probability, the words behind it, and the second opinion's margin (null: the model has none).</summary>
    public sealed record TopicProbability(string TopicId, double Probability, IReadOnlyList<string> Evidence, double? SecondOpinion = null);

    /// <summary>Every topic's probability, best first, with the words that pushed it up most.</summary>
    public IReadOnlyList<TopicProbability> Predict(TopicModelInput input, int evidence = 5)
    {
        var features = _engines.Value!.Predict(input).Features;
        var (ngramIndices, ngramValues) = _secondOpinion?.Transform(input.Text) ?? ([], []);
        var results = new List<TopicProbability>(Weights.Count);
        for (var t = 0; t < Weights.Count; t++)
        {
            var w = Weights[t];
            // Most strong contributions are character n-grams, which read as noise: look deeper, keep the words.
            var (p, top) = w.Score(features.GetIndices(), features.GetValues(), features.IsDense, evidence * 10,
                t < input.Keywords.Length ? input.Keywords[t] : 0);
            results.Add(new TopicProbability(w.TopicId, Math.Round(p, 4),
                top.Select(t => Describe(t.Slot)).Where(d => d.Length > 0).Distinct().Take(evidence).ToList(),
                _secondOpinion is null ? null : w.SecondOpinion?.Raw(ngramIndices, ngramValues, dense: false)));
        }
        return results.OrderByDescending(t => t.Probability).ToList();
    }

    /// <summary>Turns a feature slot into what a caseworker can read: a word or phrase; "" for anything else.</summary>
    private string Describe(int slot)
    {
        if (slot < 0 || slot >= _slotNames.Length) return "";
        const string word = "TextFeatures.Word.";
        var name = _slotNames[slot];
        // Word n-grams read as words. Character n-grams are too cryptic to show, and the keyword slots (no names)
        // are shown by the classifier as the keyword phrases themselves.
        return name.StartsWith(word, StringComparison.Ordinal) ? "\"" + name[word.Length..].Replace('|', ' ') + "\"" : "";
    }

    private string[] SlotNames()
    {
        var schema = _featurizer.GetOutputSchema(InputSchema);
        var column = schema["Features"];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        if (!column.HasSlotNames()) return [];
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        _ml.Model.Save(_featurizer, InputSchema, Path.Combine(folder, FeaturizerFile));
        File.WriteAllText(Path.Combine(folder, WeightsFile), JsonSerializer.Serialize(new SavedWeights(Info, Weights.ToList()), Json));
        if (_secondOpinion is not null) File.WriteAllText(Path.Combine(folder, SecondOpinionFile), JsonSerializer.Serialize(_secondOpinion, Json));
    }

    public static TopicModel Load(string folder)
    {
        var ml = new MLContext(seed: 1);
        var featurizer = ml.Model.Load(Path.Combine(folder, FeaturizerFile), out var schema);
        var saved = JsonSerializer.Deserialize<SavedWeights>(File.ReadAllText(Path.Combine(folder, WeightsFile)), Json)
            ?? throw new InvalidDataException($"{folder}/{WeightsFile} is empty.");
        // A model saved before ADR 0020 has no second opinion: it classifies as it did.
        var secondOpinionPath = Path.Combine(folder, SecondOpinionFile);
        var secondOpinion = File.Exists(secondOpinionPath)
            ? JsonSerializer.Deserialize<NgramTfidf>(File.ReadAllText(secondOpinionPath), Json) ?? throw new InvalidDataException($"{secondOpinionPath} is empty.")
            : null;
        return new TopicModel(ml, featurizer, schema, saved.Weights, saved.Info, secondOpinion);
    }

    // A model saved before it was evaluated carries NaN scores; JSON has no NaN without this.
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private sealed record SavedWeights(TopicModelInfo Info, List<TopicWeights> Weights);

    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }
}

/// <summary>Where a model came from and how it scored on the held-out split when it was trained.</summary>
public sealed record TopicModelInfo(string Version, DateTime TrainedAt, int Examples, string CorpusFingerprint, double HeldOutMacroF1, double HeldOutWrongTopicRate);
