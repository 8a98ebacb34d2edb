using System.CommandLine;
using Correspondence.Core.Office;
using Correspondence.Core.Triage;
using Correspondence.Core.Triage.Learning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Correspondence.Cli.Commands;

/// <summary>
/// `evaluate`: the trained model against the keyword rule on the corpus's held-out split, in 5-fold cross-validation,
/// and on the separately written holdout letters. Trains fresh models for the folds; changes nothing.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly double[] Sweep = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    private static TriageOptions WithThreshold(TriageOptions o, double threshold) => new()
    {
        Classifier = o.Classifier,
        ConfidenceThreshold = threshold,
        AbstainThreshold = Math.Min(o.AbstainThreshold, threshold),
        KeywordThreshold = o.KeywordThreshold,
        SecondOpinionMargin = o.SecondOpinionMargin,
        MaxParagraphsPerTopic = o.MaxParagraphsPerTopic,
        ModelFolder = o.ModelFolder,
    };

    public static Command Create()
    {
        var command = new Command("evaluate", "Score the topic classifier against the keyword rule (held-out split, 5-fold CV, holdout letters)");
        command.SetAction(_ =>
        {
            using var host = CliHost.Build();
            var sp = host.Services;
            var templates = sp.GetRequiredService<IOptions<PathsOptions>>().Value.Templates;
            var options = sp.GetRequiredService<IOptions<TriageOptions>>().Value;
            var keywords = sp.GetRequiredService<KeywordClassifier>();
            var trainer = sp.GetRequiredService<TopicModelTrainer>();
            var rule = new KeywordTopicClassifier(keywords, sp.GetRequiredService<IOptions<TriageOptions>>());
            var topics = sp.GetRequiredService<PolicyLibrary>().Topics.Select(t => t.Id).ToList();
            var corpus = TrainingCorpus.Load(templates);
            var holdout = TrainingCorpus.LoadHoldout(templates);
            var table = new Table().AddColumns("classifier", "evaluation", "macro-F1", "wrong-topic", "abstained", "letters");
            var thresholds = new Table().AddColumns("confidence threshold", "macro-F1", "wrong-topic", "abstained")
                .Caption("learned, skeleton-held-out CV, by Triage:ConfidenceThreshold (for choosing it)");

            AnsiConsole.Progress().Start(progress =>
            {
                var task = progress.AddTask("training and scoring", maxValue: 12);
                void Row(string name, string what, TriageMetrics m) =>
                    table.AddRow(name, what, m.MacroF1.ToString("0.000"), m.WrongTopicRate.ToString("P2"), m.AbstentionRate.ToString("P1"), m.Letters.ToString());

                // Held-out split: train on folds 1-4, score fold 0 (the split the app's models are judged on).
                using (var model = trainer.Train(corpus.Where(e => !e.IsTest).ToList(), "eval-split", TimeProvider.System))
                {
                    var test = corpus.Where(e => e.IsTest).ToList();
                    Row("learned", "held-out split", TopicEvaluation.Score(new LearnedTopicClassifier(model, options, keywords), topics, test));
                    Row("keyword rule", "held-out split", TopicEvaluation.Score(rule, topics, test));
                }
                task.Increment(1);

                var folds = new List<TriageMetrics>();
                for (var fold = 0; fold < 5; fold++)
                {
                    using var model = trainer.Train(corpus.Where(e => e.Fold != fold).ToList(), $"eval-cv{fold}", TimeProvider.System);
                    folds.Add(TopicEvaluation.Score(new LearnedTopicClassifier(model, options, keywords), topics, corpus.Where(e => e.Fold == fold).ToList()));
                    task.Increment(1);
                }
                table.AddRow("learned", "5-fold CV (mean)", folds.Average(f => f.MacroF1).ToString("0.000"),
                    folds.Average(f => f.WrongTopicRate).ToString("P2"), folds.Average(f => f.AbstentionRate).ToString("P1"), corpus.Count.ToString());
                Row("keyword rule", "whole corpus", TopicEvaluation.Score(rule, topics, corpus));

                // Skeleton-held-out CV: a fold's letters come from skeletons the model never saw (new wording, as real mail).
                var groupFolds = new List<TriageMetrics>();
                var sweep = Sweep.ToDictionary(t => t, _ => new List<TriageMetrics>());
                for (var fold = 0; fold < 5; fold++)
                {
                    using var model = trainer.Train(corpus.Where(e => e.GroupFold != fold).ToList(), $"eval-gcv{fold}", TimeProvider.System);
                    var scored = corpus.Where(e => e.GroupFold == fold).ToList();
                    groupFolds.Add(TopicEvaluation.Score(new LearnedTopicClassifier(model, options, keywords), topics, scored));
                    foreach (var threshold in Sweep)
                        sweep[threshold].Add(TopicEvaluation.Score(new LearnedTopicClassifier(model, WithThreshold(options, threshold), keywords), topics, scored));
                    task.Increment(1);
                }
                foreach (var (threshold, results) in sweep)
                    thresholds.AddRow(threshold.ToString("0.00"), results.Average(f => f.MacroF1).ToString("0.000"),
                        results.Average(f => f.WrongTopicRate).ToString("P2"), results.Average(f => f.AbstentionRate).ToString("P1"));
                table.AddRow("learned", "skeleton-held-out CV (mean)", groupFolds.Average(f => f.MacroF1).ToString("0.000"),
                    groupFolds.Average(f => f.WrongTopicRate).ToString("P2"), groupFolds.Average(f => f.AbstentionRate).ToString("P1"), corpus.Count.ToString());

                if (holdout.Count > 0)
                {
                    using var model = trainer.Train(corpus, "eval-holdout", TimeProvider.System);
                    Row("learned", "holdout letters", TopicEvaluation.Score(new LearnedTopicClassifier(model, options, keywords), topics, holdout));
                    Row("keyword rule", "holdout letters", TopicEvaluation.Score(rule, topics, holdout));
                }
                task.Increment(1);
            });
            AnsiConsole.Write(table);
            AnsiConsole.Write(thresholds);
            return ExitCodes.Ok;
        });
        return command;
    }
}
