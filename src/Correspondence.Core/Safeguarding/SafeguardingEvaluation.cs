using System.Text.Json;

namespace Correspondence.Core.Safeguarding;

/// <summary>
/// Scores the detector on labelled letters (JSON lines: id, labels [threat|self_harm|abuse|crisis], subject, body):
/// recall per category, and the false-alarm rate on letters with no label. Shared by the tests and the CLI.
/// </summary>
public static class SafeguardingEvaluation
{
    public sealed record Letter(string Id, IReadOnlyList<string> Labels, string Subject, string Body);
    public sealed record CategoryScore(string Category, int Letters, int Caught, IReadOnlyList<string> Missed)
    {
        public double Recall => Letters == 0 ? 1 : (double)Caught / Letters;
    }
    public sealed record Report(IReadOnlyList<CategoryScore> Categories, int Negatives, IReadOnlyList<string> FalseAlarms)
    {
        public double FalseAlarmRate => Negatives == 0 ? 0 : (double)FalseAlarms.Count / Negatives;
        public CategoryScore For(string category) => Categories.Single(c => c.Category == category);
    }

    public static IReadOnlyList<Letter> ReadLetters(TextReader reader)
    {
        var letters = new List<Letter>();
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var l = JsonSerializer.Deserialize<Letter>(line, options) ?? throw new FormatException("empty");
                letters.Add(l with { Labels = l.Labels ?? [], Subject = l.Subject ?? "", Body = l.Body ?? "" });
            }
            catch (JsonException ex)
            {
                throw new FormatException($"line {number}: not a letter ({ex.Message}); expected {{\"id\",\"labels\",\"subject\",\"body\"}}.", ex);
            }
        }
        return letters;
    }

    /// <summary>A letter counts as caught for a category when the detector flags that category (flagging another does not count).</summary>
    public static Report Evaluate(SafeguardingDetector detector, IReadOnlyList<Letter> letters)
    {
        var verdicts = letters.Select(l => (Letter: l, Flags: detector.Scan(l.Subject, l.Body).Flags.Select(f => f.Category).ToHashSet())).ToList();
        var categories = detector.Rules.Categories.Select(c =>
        {
            var labelled = verdicts.Where(v => v.Letter.Labels.Contains(c.Id)).ToList();
            return new CategoryScore(c.Id, labelled.Count, labelled.Count(v => v.Flags.Contains(c.Id)),
                labelled.Where(v => !v.Flags.Contains(c.Id)).Select(v => v.Letter.Id).ToList());
        }).ToList();
        var negatives = verdicts.Where(v => v.Letter.Labels.Count == 0).ToList();
        return new Report(categories, negatives.Count, negatives.Where(v => v.Flags.Count > 0).Select(v => v.Letter.Id).ToList());
    }

    public static string Format(Report report) =>
        string.Join("\n", report.Categories.Select(c =>
            $"{c.Category,-10} recall {c.Recall:P1} ({c.Caught}/{c.Letters})" + (c.Missed.Count > 0 ? $"  missed: {string.Join(", ", c.Missed)}" : "")))
        + $"\nfalse alarms {report.FalseAlarmRate:P1} ({report.FalseAlarms.Count}/{report.Negatives} letters with no label)"
        + (report.FalseAlarms.Count > 0 ? $"  flagged: {string.Join(", ", report.FalseAlarms)}" : "");
}
