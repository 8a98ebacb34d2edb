using Correspondence.Core.Office;

namespace Correspondence.Core.Triage.Learning;

/// <summary>
/// The labelled letters in templates/training: every *.jsonl except holdout-* files, which are kept for evaluation only.
/// A generated file may come with a "NAME-skeletons.tsv" (id, skeleton) saying which letters share a skeleton.
/// </summary>
public static class TrainingCorpus
{
    public static string Folder(string templates) => Path.Combine(ContentPaths.RequireFolder(templates, "Paths:Templates"), "training");

    public static IReadOnlyList<TrainingExample> Load(string templates) =>
        Files(templates, holdout: false).SelectMany(f =>
        {
            var skeletons = Skeletons(Path.ChangeExtension(f, null) + "-skeletons.tsv");
            return TrainingExample.ReadFile(f).Select(e => skeletons.TryGetValue(e.Id, out var s) ? e with { Skeleton = s } : e);
        }).ToList();

    private static Dictionary<string, string> Skeletons(string path)
    {
        if (!File.Exists(path)) return [];
        return File.ReadLines(path).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

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
