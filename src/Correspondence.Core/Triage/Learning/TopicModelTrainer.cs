using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// Trains a <see cref="TopicModel"/>: word unigrams (TF-IDF, English stop words out, L2-normalised), then one
/// L1/L2-regularised logistic regression (L-BFGS) per topic, Platt-calibrated on skeleton-held-out scores
/// (see ADR 0008); and per topic a linear SVM on word uni- and bigrams as a second opinion (ADR 0020). Deterministic for
/// a given corpus (fixed seed).
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
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
                // Word unigrams only: with bigrams and character 4-grams (and the keyword counts as features) the model
                // learnt each skeleton's phrasing and did worse on skeleton-held-out CV, i.e. on new wording (ADR 0008).
                CharFeatureExtractor = null,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(TopicModelInput.Text))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures"))
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

        // Calibration on letters whose wording the scorer has not seen: raw scores for each skeleton come from a model
        // trained without that skeleton, so the probabilities reflect how sure the model is of new wording (real mail),
        // not of near-copies of its training letters (which it scores with near-certainty).
        var outOfFold = new double[topics.Count][];
        for (var t = 0; t < topics.Count; t++) outOfFold[t] = new double[examples.Count];
        var innerFold = examples.Select(e => TrainingExample.FoldOf("calibration:" + e.Group)).ToArray();
        for (var fold = 0; fold < CalibrationFolds; fold++)
        {
            var trainRows = Enumerable.Range(0, examples.Count).Where(i => innerFold[i] != fold).ToList();
            var scoreRows = Enumerable.Range(0, examples.Count).Where(i => innerFold[i] == fold).ToList();
            if (scoreRows.Count == 0 || trainRows.Count == 0) continue;
            for (var t = 0; t < topics.Count; t++)
            {
                var partial = FitLinear(ml, topics[t], trainRows.Select(i => features[i]).ToList(), trainRows.Select(i => examples[i].Labels.Contains(topics[t])).ToList(), size);
                foreach (var i in scoreRows)
                    outOfFold[t][i] = partial.Raw(features[i].GetIndices(), features[i].GetValues(), features[i].IsDense);
            }
        }

        // The second opinion's own features: word unigrams and bigrams, sublinear TF-IDF (ADR 0020).
        var vectorizer = NgramTfidf.Fit(inputs.Select(i => i.Text));
        var ngrams = inputs.Select(i =>
        {
            var (indices, values) = vectorizer.Transform(i.Text);
            return new VBuffer<float>(vectorizer.Size, indices.Length, values, indices);
        }).ToList();

        var weights = new List<TopicWeights>();
        for (var t = 0; t < topics.Count; t++)
        {
            var labels = examples.Select(e => e.Labels.Contains(topics[t])).ToList();
            var linear = FitLinear(ml, topics[t], features, labels, size);
            // Calibrated on the out-of-fold score AND the policy keywords' evidence: on real letters the keywords
            // generalise where the words of the corpus do not (a petition about Trident or the Royal Navy), and a
            // confident score with no keyword at all is often a passing resemblance (ADR 0018).
            var topic = t;
            var calibration = Enumerable.Range(0, examples.Count).Select(i => new[] { outOfFold[topic][i], (double)inputs[i].Keywords[topic] }).ToList();
            var (slopes, offset) = PlattScaling.Fit(calibration, labels);
            weights.Add(new TopicWeights
            {
                TopicId = topics[t],
                Indices = linear.Indices,
                Values = linear.Values,
                Bias = linear.Bias,
                Slope = slopes[0],
                KeywordSlope = slopes[1],
                Offset = offset,
                SecondOpinion = LinearSvm.Train(topics[t], ngrams, labels, vectorizer.Size),
            });
        }

        var info = new TopicModelInfo(version, clock.GetUtcNow().UtcDateTime, examples.Count, Fingerprint(examples),
            double.NaN, double.NaN); // held-out scores are filled in by whoever evaluates it
        return new TopicModel(ml, featurizer, data.Schema, weights, info, vectorizer);
    }

    private const int CalibrationFolds = 5;

    /// <summary>One topic's L1/L2-regularised logistic regression (L-BFGS, ML.NET), as sparse weights and a bias.</summary>
    private static TopicWeights FitLinear(MLContext ml, string topic, IReadOnlyList<VBuffer<float>> features, IReadOnlyList<bool> labels, int size)
    {
        var rows = features.Select((f, i) => new LabelledRow { Features = f, Label = labels[i] }).ToList();
        var rowSchema = SchemaDefinition.Create(typeof(LabelledRow));
        rowSchema[nameof(LabelledRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        var data = ml.Data.LoadFromEnumerable(rows, rowSchema);
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
        var model = trainer.Fit(data);
        var w = model.Model.SubModel.Weights;
        var indices = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < w.Count; i++)
        {
            if (w[i] == 0) continue;
            indices.Add(i);
            values.Add(w[i]);
        }
        var weights = new TopicWeights { TopicId = topic, Indices = [.. indices], Values = [.. values], Bias = model.Model.SubModel.Bias };
        EnsureSameAsMlNet(weights, model.Transform(data), features);
        return weights;
    }

    /// <summary>Our sparse scoring must give ML.NET's own raw scores; checked on the first rows of every fit.</summary>
    private static void EnsureSameAsMlNet(TopicWeights weights, IDataView scored, IReadOnlyList<VBuffer<float>> features)
    {
        var scores = scored.GetColumn<float>("Score").Take(50).ToList();
        for (var i = 0; i < scores.Count; i++)
        {
            var f = features[i];
            var ours = weights.Raw(f.GetIndices(), f.GetValues(), f.IsDense);
            if (Math.Abs(ours - scores[i]) > 1e-3 * Math.Max(1, Math.Abs(scores[i])))
                throw new InvalidOperationException($"Topic {weights.TopicId}: our scoring gives {ours:0.0000} where ML.NET gives {scores[i]:0.0000} (row {i}).");
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
