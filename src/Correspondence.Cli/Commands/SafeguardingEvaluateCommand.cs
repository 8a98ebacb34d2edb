using System.CommandLine;
using Correspondence.Core.Safeguarding;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.Cli.Commands;

/// <summary>`safeguarding-evaluate FILE`: recall per category and the false-alarm rate of templates/safeguarding/indicators.yml on labelled letters.</summary>
internal static class SafeguardingEvaluateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("letters") { Description = "JSON lines: {\"id\",\"labels\":[threat|self_harm|abuse|crisis],\"subject\",\"body\"}, e.g. tests/Correspondence.UnitTests/Safeguarding/letters.jsonl" };
        var command = new Command("safeguarding-evaluate", "Score the safeguarding rules on labelled letters: recall per category, false alarms") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No such file: {path.FullName}");
                return ExitCodes.Refused;
            }
            using var host = CliHost.Build();
            var detector = host.Services.GetRequiredService<SafeguardingDetector>();
            using var reader = path.OpenText();
            IReadOnlyList<SafeguardingEvaluation.Letter> letters;
            try
            {
                letters = SafeguardingEvaluation.ReadLetters(reader);
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine($"{path.Name}: {ex.Message}");
                return ExitCodes.Refused;
            }
            Console.WriteLine($"{letters.Count} letters");
            Console.WriteLine(SafeguardingEvaluation.Format(SafeguardingEvaluation.Evaluate(detector, letters)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
