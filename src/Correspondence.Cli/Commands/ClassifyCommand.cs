using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Correspondence.Core.Triage;
using Correspondence.Core.Triage.Learning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Correspondence.Cli.Commands;

/// <summary>
/// `classify [FILE]`: JSON lines {"id","subject","body"} in (FILE or stdin), JSON lines out with the topics, whether the
/// classifier abstained, and the policy paragraphs it would cite — the same model and thresholds as the app.
/// </summary>
internal static class ClassifyCommand
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file") { Description = "JSON lines with id, subject and body; stdin when absent", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("classify", "Classify letters by policy topic, as the app would") { file };
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build();
            var classifier = host.Services.GetRequiredService<ITopicClassifier>();
            var matcher = host.Services.GetRequiredService<PolicyMatcher>();
            var policies = host.Services.GetRequiredService<PolicyLibrary>();
            var max = host.Services.GetRequiredService<IOptions<TriageOptions>>().Value.MaxParagraphsPerTopic;
            var path = parse.GetValue(file);
            using var reader = path is null ? Console.In : path.OpenText();
            await using var output = Console.Out;
            foreach (var letter in TrainingExample.ReadJsonLines(reader, path?.Name ?? "stdin"))
            {
                ct.ThrowIfCancellationRequested();
                var verdict = classifier.Classify(letter.Subject, letter.Body);
                var paragraphs = verdict.Assigned.SelectMany(t => matcher.MatchParagraphs(t.TopicId, letter.Subject, letter.Body, max)
                    .Select(m => new ParagraphOut(t.TopicId, IndexOf(policies, m.Paragraph), Math.Round(m.Score, 4))));
                await output.WriteLineAsync(JsonSerializer.Serialize(new LetterOut(
                    letter.Id,
                    verdict.Assigned.Select(t => new TopicOut(t.TopicId, Math.Round(t.Confidence, 4))).ToList(),
                    verdict.Abstained,
                    paragraphs.ToList()), Json));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int IndexOf(PolicyLibrary policies, PolicyParagraph paragraph) =>
        policies.Find(paragraph.TopicId)!.Paragraphs.ToList().FindIndex(p => p.Id == paragraph.Id);

    private sealed record LetterOut(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("topics")] IReadOnlyList<TopicOut> Topics,
        [property: JsonPropertyName("abstained")] bool Abstained,
        [property: JsonPropertyName("paragraphs")] IReadOnlyList<ParagraphOut> Paragraphs);

    private sealed record TopicOut([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("confidence")] double Confidence);

    private sealed record ParagraphOut(
        [property: JsonPropertyName("topic")] string Topic,
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("score")] double Score);
}
