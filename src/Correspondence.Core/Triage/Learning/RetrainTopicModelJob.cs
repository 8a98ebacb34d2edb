using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Correspondence.Core.Office;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// Retrains the topic model on the corpus plus every caseworker correction, and activates the new model only if it
/// scores no worse than the current one on the same held-out split (macro-F1 not lower, wrong-topic rate not higher).
/// Safe to run twice: an unchanged corpus gives the same model and the same verdict.
/// </summary>
public sealed class RetrainTopicModelJob(CorrespondenceDbContext db, TopicModelStore store, IOptions<PathsOptions> paths,
    TimeProvider clock, ILogger<RetrainTopicModelJob> log)
{
    public const string RecurringJobId = "topic-model-retrain";

    public sealed record Outcome(bool Activated, string Version, TriageMetrics Candidate, TriageMetrics Current);

    [DisableConcurrentExecution(3600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<Outcome> RunAsync(CancellationToken ct)
    {
        var examples = TrainingCorpus.Load(paths.Value.Templates).Concat(await CorrectionsAsync(ct)).ToList();
        var version = "v" + clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmss") + "-" + TopicModelTrainer.Fingerprint(examples)[..6];
        var (candidate, candidateScore) = store.TrainCandidate(examples, version);
        var currentScore = store.Evaluate(store.Current, examples.Where(e => e.IsTest).ToList());
        var better = candidateScore.MacroF1 >= currentScore.MacroF1 && candidateScore.WrongTopicRate <= currentScore.WrongTopicRate;
        if (better)
            store.Activate(candidate);
        else
            candidate.Dispose();

        var now = clock.GetUtcNow().UtcDateTime;
        db.Record(now, Audit.System, better ? "topic-model-activated" : "topic-model-rejected", "TopicModel", version,
            $"{examples.Count} examples; candidate {candidateScore.MacroF1:0.000}/{candidateScore.WrongTopicRate:P1} vs current {currentScore.MacroF1:0.000}/{currentScore.WrongTopicRate:P1}");
        await db.SaveChangesAsync(ct);
        log.LogInformation("Retrained topic model {Version}: {Verdict}. Candidate {Candidate}; current {Current}",
            version, better ? "activated" : "kept the current model", candidateScore, currentScore);
        return new Outcome(better, version, candidateScore, currentScore);
    }

    /// <summary>The newest correction per message, with the message's text as it is now.</summary>
    private async Task<IReadOnlyList<TrainingExample>> CorrectionsAsync(CancellationToken ct)
    {
        var rows = await db.TopicCorrections
            .Join(db.Messages, c => c.MessageId, m => m.Id, (c, m) => new { c.Id, c.MessageId, c.Labels, m.Subject, m.TextBody })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.MessageId)
            .Select(g => g.MaxBy(r => r.Id)!)
            .Select(r => new TrainingExample($"correction-{r.MessageId}", r.Subject, r.TextBody,
                r.Labels.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }
}
