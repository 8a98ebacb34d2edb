using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// Trains a <see cref="TopicModel"/>: word 1-2-grams and character 3-5-grams (TF-IDF-like, L2-normalised) plus the
/// policy keywords' evidence, then one L1/L2-regularised logistic regression (L-BFGS) per topic, Platt-calibrated.
/// Deterministic for a given corpus (fixed seed).
/// </summary>
public sealed class TopicModelTrainer(KeywordClassifier keywords, PolicyLibrary policies)
{
    public TopicModel Train(IReadOnlyList<TrainingExample> examples, string version, TimeProvider clock)
    {
        var topics = policies.Topics.Select(t => t.Id).ToList();
        var ml = new MLContext(seed: 1);
        var inputs = examples.Select(e => TopicModelInput.From(e.Subject, e.Body, keywords, topics)).ToList();
        var schema = SchemaDefinition.Create(typeof(TopicModelInput));
        schema[nameof(TopicModelInput.Keywords)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, topics.Count);
        var data = ml.Data.LoadFromEnumerable(inputs, schema);

        var featurizer = ml.Transforms.Text.FeaturizeText("TextFeatures", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = false,
                KeepNumbers = false,
                StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English },
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(TopicModelInput.Text))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", nameof(TopicModelInput.Keywords)))
            .Fit(data);
        var featurized = ml.Data.Cache(featurizer.Transform(data));
        // GetColumn may hand back one buffer reused for every row: copy each row's vector out.
        var features = featurized.GetColumn<VBuffer<float>>("Features").Select(v =>
        {
            var copy = default(VBuffer<float>);
            v.CopyTo(ref copy);
            return copy;
        }).ToList();
        var size = ((VectorDataViewType)featurized.Schema["Features"].Type).Size;

        var weights = new List<TopicWeights>();
        foreach (var topic in topics)
        {
            var rows = features.Select((f, i) => new LabelledRow { Features = f, Label = examples[i].Labels.Contains(topic) }).ToList();
            var rowSchema = SchemaDefinition.Create(typeof(LabelledRow));
            rowSchema[nameof(LabelledRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
            var topicData = ml.Data.LoadFromEnumerable(rows, rowSchema);
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(LabelledRow.Label),
                FeatureColumnName = nameof(LabelledRow.Features),
                // Light regularisation: tried 1/0.1, 0.1/0.05, 0.01/0.01 and 0.001/0.001 (L2/L1) with `correspondence evaluate`;
                // the lightest was best on the held-out split, in CV and on the hand-written holdout letters.
                L2Regularization = 0.001f,
                L1Regularization = 0.001f,
                OptimizationTolerance = 1e-6f,
                MaximumNumberOfIterations = 200,
                NumberOfThreads = 1,
            });
            var model = trainer.Fit(topicData);
            var extracted = Extract(topic, model.Model);
            EnsureSameAsMlNet(extracted, model.Transform(topicData), features);
            weights.Add(extracted);
        }

        var info = new TopicModelInfo(version, clock.GetUtcNow().UtcDateTime, examples.Count, Fingerprint(examples),
            double.NaN, double.NaN); // held-out scores are filled in by whoever evaluates it
        return new TopicModel(ml, featurizer, data.Schema, weights, info);
    }

    private static TopicWeights Extract(string topic, CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> model)
    {
        var w = model.SubModel.Weights;
        var indices = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < w.Count; i++)
        {
            if (w[i] == 0) continue;
            indices.Add(i);
            values.Add(w[i]);
        }
        return new TopicWeights
        {
            TopicId = topic,
            Indices = [.. indices],
            Values = [.. values],
            Bias = model.SubModel.Bias,
            Slope = model.Calibrator.Slope,
            Offset = model.Calibrator.Offset,
        };
    }

    /// <summary>Our sparse scoring must give ML.NET's own calibrated probabilities; checked on the first rows of every training.</summary>
    private static void EnsureSameAsMlNet(TopicWeights weights, IDataView scored, IReadOnlyList<VBuffer<float>> features)
    {
        var probabilities = scored.GetColumn<float>("Probability").Take(50).ToList();
        for (var i = 0; i < probabilities.Count; i++)
        {
            var f = features[i];
            var (ours, _) = weights.Score(f.GetIndices(), f.GetValues(), f.IsDense, 0);
            if (Math.Abs(ours - probabilities[i]) > 1e-3)
                throw new InvalidOperationException($"Topic {weights.TopicId}: our scoring gives {ours:0.0000} where ML.NET gives {probabilities[i]:0.0000} (row {i}).");
        }
    }

    public static string Fingerprint(IEnumerable<TrainingExample> examples)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var e in examples)
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{e.Id}\u0001{e.Subject}\u0001{e.Body}\u0001{string.Join(',', e.Labels)}\u0002"));
        return Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private sealed class LabelledRow
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
    }
}
