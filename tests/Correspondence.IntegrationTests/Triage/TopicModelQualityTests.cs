using Correspondence.Core.Office;
using Correspondence.Core.Triage;
using Correspondence.Core.Triage.Learning;
using Correspondence.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Correspondence.IntegrationTests.Triage;

/// <summary>The trained model on letters it never saw: the accuracy targets, and better than the keyword rule.</summary>
[Collection(WebAppCollection.Name)]
public sealed class TopicModelQualityTests
{
    [Fact]
    public async Task ActiveModel_HeldOutSplit_MeetsTargetsAndBeatsKeywordRule()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false" });
        var store = app.Get<TopicModelStore>();
        var test = HeldOutSplit(app);
        var holdout = TrainingCorpus.LoadHoldout(app.Get<IOptions<PathsOptions>>().Value.Templates);
        var rule = ActivatorUtilities.CreateInstance<KeywordTopicClassifier>(app.Services);
        var topics = store.Current.Topics;

        var learned = store.Evaluate(store.Current, test);
        var baseline = TopicEvaluation.Score(rule, topics, test);
        var learnedHoldout = store.Evaluate(store.Current, holdout);
        var baselineHoldout = TopicEvaluation.Score(rule, topics, holdout);

        Assert.True(learned.MacroF1 >= 0.95, $"held-out {learned}");
        Assert.True(learned.WrongTopicRate <= 0.03, $"held-out {learned}");
        Assert.True(learned.AbstentionRate <= 0.10, $"held-out {learned}");
        Assert.True(learned.MacroF1 > baseline.MacroF1 && learned.WrongTopicRate < baseline.WrongTopicRate, $"learned {learned}; keyword rule {baseline}");
        // Letters written separately from the corpus's skeletons: still better than the rule on both counts.
        Assert.True(learnedHoldout.MacroF1 > baselineHoldout.MacroF1 && learnedHoldout.WrongTopicRate < baselineHoldout.WrongTopicRate,
            $"holdout: learned {learnedHoldout}; keyword rule {baselineHoldout}");
    }

    [Fact]
    public async Task ActiveModel_HeldOutSplit_BeatsScikitLearnOnMacroF1_AndOnWrongTopics()
    {
        // Issue #4 sets scikit-learn's TF-IDF + LinearSVC, trained on the same corpus and scored on the same split, beside
        // ours, and asks ours to beat it on both counts. Today: macro-F1 0.985 against 0.977, wrong topics 1 letter of 1,049
        // against 2 (ADR 0024). Letters are compared, not rates, because the two round differently.
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false" });
        var store = app.Get<TopicModelStore>();
        var test = HeldOutSplit(app);
        // The comparison only means something for a model trained on this corpus's training split.
        var train = TrainingCorpus.Load(app.Get<IOptions<PathsOptions>>().Value.Templates).Where(e => !e.IsTest).ToList();
        Assert.Equal(TopicModelTrainer.Fingerprint(train), store.Current.Info.CorpusFingerprint);

        var learned = store.Evaluate(store.Current, test);
        var sklearn = await ScikitLearnAsync(RepositoryFolder.Root, "test");

        Assert.Equal(test.Count, sklearn.GetProperty("letters").GetInt32());
        Assert.True(learned.MacroF1 > sklearn.GetProperty("macro_f1").GetDouble(), $"learned {learned}; scikit-learn {sklearn}");
        Assert.True(Math.Round(learned.WrongTopicRate * test.Count) < Math.Round(sklearn.GetProperty("wrong_topic_rate").GetDouble() * test.Count),
            $"learned {learned}; scikit-learn {sklearn}");
    }

    /// <summary>The shipped corpus's held-out split (fold 0), which the active model was not trained on.</summary>
    private static List<TrainingExample> HeldOutSplit(CorrespondenceApp app) =>
        TrainingCorpus.Load(app.Get<IOptions<PathsOptions>>().Value.Templates).Where(e => e.IsTest).ToList();

    /// <summary>One row of scripts/triage/sklearn_baseline.py --json (Debian's python3-sklearn, installed by scripts/install-test-deps.sh).</summary>
    private static async Task<System.Text.Json.JsonElement> ScikitLearnAsync(string repository, string split)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repository,
        };
        start.ArgumentList.Add(Path.Combine(repository, "scripts", "triage", "sklearn_baseline.py"));
        start.ArgumentList.Add("--json");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"sklearn_baseline.py exited {process.ExitCode}: {await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Single(row => row.GetProperty("model").GetString() == "sklearn" && row.GetProperty("split").GetString() == split);
    }

    [Fact]
    public async Task ActiveModel_PassingMentions_AreNotGivenAPolicyTopic()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false" });
        var classifier = app.Get<ITopicClassifier>();

        var veteran = classifier.Classify("Council flat", "I served in the army for 12 years and I am a veteran. My council flat has damp and mould and the landlord will not fix it. Please help me get a repair.");
        var climate = classifier.Classify("Climate change", "The war in Ukraine pushed up energy prices, but the answer is insulation and renewables. Please back the warm homes plan.");

        Assert.Empty(veteran.Assigned);
        Assert.Empty(climate.Assigned);
    }

    [Fact]
    public async Task ActiveModel_SubThemesOfATopic_GetThatTopicAlone()
    {
        // Sub-themes of each topic's definition, in words the policy keywords do not all contain. Written for this test,
        // not taken from breadth.jsonl or any evaluation set. The model before ADR 0021 (breadth.jsonl, the new keywords
        // and defaults) gave the People's Vote letter no topic and abstained on the deterrent letter.
        (string Subject, string Body, string Topic)[] letters =
        [
            ("Pensions for Gurkha veterans",
             "Gurkhas who retired before 1997 get a fraction of the pension paid to other soldiers who served beside them. I ask you to press the Government to give every Gurkha veteran the same pension as his British comrades.",
             "defence"),
            ("A People's Vote",
             "Parliament cannot agree a deal, so the decision should go back to the public. Please back a confirmatory referendum with the option to stay in.",
             "eu"),
            ("Let Ukrainian refugees in without visas",
             "Families fleeing the bombing of Kharkiv are stuck in Calais waiting for paperwork. Other countries have waived visas for people escaping Putin's invasion. Please urge the Home Secretary to do the same.",
             "ukraine"),
            ("Evictions in Sheikh Jarrah",
             "Palestinian families in East Jerusalem are being forced from homes they have lived in for generations so that settlers can move in. Will you ask the Foreign Secretary to condemn the evictions and ban goods from the settlements?",
             "gaza"),
            ("Scrap the replacement submarines",
             "We are about to spend tens of billions on new submarines to carry weapons that can never be used. Please vote against renewing the deterrent and put the money into the NHS.",
             "defence"),
            ("Mould in army housing",
             "Service families are living in quarters with black mould and broken boilers, and the contractor takes months to come. Please push the Ministry to bring forces housing up to a decent standard.",
             "defence"),
        ];
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false" });
        var classifier = app.Get<ITopicClassifier>();

        var wrong = letters
            .Select(l => (l.Subject, l.Topic, Got: string.Join("+", classifier.Classify(l.Subject, l.Body).Assigned.Select(a => a.TopicId))))
            .Where(r => r.Got != r.Topic)
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Select(r => $"\"{r.Subject}\": expected {r.Topic}, got [{r.Got}]")));
    }

    [Fact]
    public async Task ActiveModel_HasASecondOpinion_AndAModelSavedWithoutOneStillLoadsAndClassifies()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false" });
        var model = app.Get<TopicModelStore>().Current;
        var folder = Directory.CreateTempSubdirectory("correspondence-model-").FullName;
        try
        {
            var input = TopicModelInput.From("Arms sales to Israel", "Please press for an end to arms sales to Israel and a ceasefire in Gaza.",
                app.Get<KeywordClassifier>(), model.Topics);
            Assert.All(model.Predict(input), p => Assert.NotNull(p.SecondOpinion));
            Assert.True(model.Predict(input).Single(p => p.TopicId == "gaza").SecondOpinion > 0);

            // A model trained before the second opinion existed (ADR 0020) has no second-opinion.json: it must load
            // and classify as it did, ungated.
            model.Save(folder);
            File.Delete(Path.Combine(folder, "second-opinion.json"));
            using var old = TopicModel.Load(folder);
            var predictions = old.Predict(input);
            Assert.All(predictions, p => Assert.Null(p.SecondOpinion));
            Assert.Equal(model.Predict(input).Select(p => (p.TopicId, p.Probability)), predictions.Select(p => (p.TopicId, p.Probability)));
            var verdict = new LearnedTopicClassifier(old, new TriageOptions(), app.Get<KeywordClassifier>())
                .Classify("Arms sales to Israel", "Please press for an end to arms sales to Israel and a ceasefire in Gaza.");
            Assert.Equal(["gaza"], verdict.Assigned.Select(a => a.TopicId));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
