using System.Text.Json;
using System.Text.Json.Serialization;

namespace Correspondence.Core.Triage.Learning;

/// <summary>One labelled letter: templates/training/*.jsonl lines, and caseworkers' corrections. No labels = "other".</summary>
public sealed record TrainingExample(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IEnumerable<TrainingExample> ReadJsonLines(TextReader reader, string source)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            TrainingExample? example;
            try
            {
                example = JsonSerializer.Deserialize<TrainingExample>(line, Json);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{source} line {lineNumber}: not valid JSON ({ex.Message}).", ex);
            }
            if (example is null || string.IsNullOrEmpty(example.Id))
                throw new FormatException($"{source} line {lineNumber}: needs at least \"id\".");
            yield return example with { Subject = example.Subject ?? "", Body = example.Body ?? "", Labels = example.Labels ?? [] };
        }
    }

    public static IReadOnlyList<TrainingExample> ReadFile(string path)
    {
        using var reader = File.OpenText(path);
        return ReadJsonLines(reader, Path.GetFileName(path)).ToList();
    }

    /// <summary>The deterministic 80/20 split shared with scripts/triage/split.py: test when SHA-256(id) mod 5 is 0.</summary>
    public int Fold => (int)(System.Numerics.BigInteger.Parse("0" + Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Id))), System.Globalization.NumberStyles.HexNumber) % 5);

    public bool IsTest => Fold == 0;
}
