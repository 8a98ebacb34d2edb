using Correspondence.Core.Office;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// Keeps the model in use. Models live in Triage:ModelFolder, one folder per version, and the file "active" names
/// the one in use; the web app, the worker and the CLI all read the same one. With no model yet, the first use trains
/// one from templates/training (a few seconds) and saves it. A retrained model replaces it only through
/// <see cref="Activate"/>, which the retraining job calls when the new one scores no worse.
/// </summary>
public sealed class TopicModelStore(TopicModelTrainer trainer, KeywordClassifier keywords, IOptions<TriageOptions> triage, IOptions<PathsOptions> paths,
    TimeProvider clock, ILogger<TopicModelStore> log) : IDisposable
{
    private readonly Lock _gate = new();
    private TopicModel? _current;

    public string Folder => ContentPaths.Resolve(triage.Value.ModelFolder);

    public TopicModel Current
    {
        get
        {
            if (_current is { } model) return model;
            lock (_gate)
                return _current ??= LoadActive() ?? TrainInitial();
        }
    }

    /// <summary>Trains on the corpus's training split and scores on its test split, without activating anything.</summary>
    public (TopicModel Model, TriageMetrics HeldOut) TrainCandidate(IReadOnlyList<TrainingExample> examples, string version)
    {
        var train = examples.Where(e => !e.IsTest).ToList();
        var test = examples.Where(e => e.IsTest).ToList();
        var model = trainer.Train(train, version, clock);
        var metrics = Evaluate(model, test);
        model.Info = model.Info with { HeldOutMacroF1 = metrics.MacroF1, HeldOutWrongTopicRate = metrics.WrongTopicRate };
        return (model, metrics);
    }

    public TriageMetrics Evaluate(TopicModel model, IReadOnlyList<TrainingExample> examples)
    {
        var classifier = new LearnedTopicClassifier(model, triage.Value, keywords);
        return TopicEvaluation.Score(classifier, model.Topics, examples);
    }

    public void Activate(TopicModel model)
    {
        var folder = Path.Combine(Folder, model.Info.Version);
        model.Save(folder);
        File.WriteAllText(Path.Combine(Folder, "active"), model.Info.Version);
        lock (_gate)
        {
            // The old model may still be in use by a request in flight; it is left for the GC rather than disposed here.
            _current = model;
        }
        log.LogInformation("Topic model {Version} is now active (held-out macro-F1 {F1:0.000}, wrong-topic {Wrong:P1})",
            model.Info.Version, model.Info.HeldOutMacroF1, model.Info.HeldOutWrongTopicRate);
    }

    private TopicModel? LoadActive()
    {
        var marker = Path.Combine(Folder, "active");
        if (!File.Exists(marker)) return null;
        var folder = Path.Combine(Folder, File.ReadAllText(marker).Trim());
        try
        {
            return TopicModel.Load(folder);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or InvalidOperationException)
        {
            log.LogError(ex, "The active topic model in {Folder} could not be loaded; training a new one from the corpus", folder);
            return null;
        }
    }

    private TopicModel TrainInitial()
    {
        var examples = TrainingCorpus.Load(paths.Value.Templates);
        if (examples.Count == 0)
            throw new InvalidOperationException($"No training corpus in {TrainingCorpus.Folder(paths.Value.Templates)} (*.jsonl): add one, or set Triage:Classifier to Keywords.");
        var version = "v" + clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmss") + "-" + TopicModelTrainer.Fingerprint(examples)[..6];
        log.LogInformation("No topic model yet: training {Version} on {Count} examples", version, examples.Count);
        var (model, heldOut) = TrainCandidate(examples, version);
        log.LogInformation("Trained {Version}: held-out {Metrics}", version, heldOut);
        Directory.CreateDirectory(Folder);
        model.Save(Path.Combine(Folder, version));
        File.WriteAllText(Path.Combine(Folder, "active"), version);
        return model;
    }

    public void Dispose() => _current?.Dispose();
}
