using Correspondence.Core.Office;

namespace Correspondence.Core.Triage.Learning;

/// <summary>The labelled letters in templates/training: every *.jsonl except holdout-* files, which are kept for evaluation only.</summary>
public static class TrainingCorpus
{
    public static string Folder(string templates) => Path.Combine(ContentPaths.RequireFolder(templates, "Paths:Templates"), "training");

    public static IReadOnlyList<TrainingExample> Load(string templates) =>
        Files(templates, holdout: false).SelectMany(TrainingExample.ReadFile).ToList();

    public static IReadOnlyList<TrainingExample> LoadHoldout(string templates) =>
        Files(templates, holdout: true).SelectMany(TrainingExample.ReadFile).ToList();

    private static IEnumerable<string> Files(string templates, bool holdout)
    {
        var folder = Folder(templates);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .Where(f => Path.GetFileName(f).StartsWith("holdout", StringComparison.OrdinalIgnoreCase) == holdout);
    }
}
