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

    /// <summary>
    /// The hand-written skeleton a generated letter came from (templates/training/*-skeletons.tsv); null for letters
    /// written one by one and for caseworkers' corrections. Letters from one skeleton share their wording.
    /// </summary>
    [JsonIgnore]
    public string? Skeleton { get; init; }

    /// <summary>Letters that share wording: the skeleton, or the letter alone.</summary>
    public string Group => Skeleton ?? Id;

    /// <summary>The deterministic 80/20 split shared with scripts/triage/split.py: test when SHA-256(id) mod 5 is 0.</summary>
    public int Fold => FoldOf(Id);

    public bool IsTest => Fold == 0;

    /// <summary>
    /// Skeleton-held-out fold (shared with scripts/triage/split.py): every letter of a skeleton falls in the same fold,
    /// so a model scored on this fold has never seen that wording, as with a real letter.
    /// </summary>
    public int GroupFold => FoldOf("group:" + Group);

    /// <summary>SHA-256 of the UTF-8 key read as one big-endian unsigned integer, mod 5.</summary>
    public static int FoldOf(string key) => (int)(System.Numerics.BigInteger.Parse("0" + Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))), System.Globalization.NumberStyles.HexNumber) % 5);
}
