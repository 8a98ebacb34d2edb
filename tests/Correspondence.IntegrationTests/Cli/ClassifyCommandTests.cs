using System.Text.Json;
using Correspondence.IntegrationTests.Support;

namespace Correspondence.IntegrationTests.Cli;

[Collection(WebAppCollection.Name)]
public sealed class ClassifyCommandTests
{
    [Fact]
    public async Task Classify_JsonLinesOnStdin_WritesTopicsAbstentionAndParagraphsPerLetter()
    {
        var folder = Directory.CreateTempSubdirectory("correspondence-cli-").FullName;
        try
        {
            var input = string.Join('\n',
                JsonSerializer.Serialize(new { id = "g1", subject = "Ceasefire now", body = "Please call for an immediate ceasefire in Gaza and the release of every hostage held by Hamas." }),
                JsonSerializer.Serialize(new { id = "p1", subject = "Pothole", body = "There is a pothole on the High Street that damaged my car. Please ask the council to fix it." }),
                JsonSerializer.Serialize(new { id = "u1", subject = "Keep arming Ukraine", body = "Putin must not win. The UK should send Ukraine more air defence and long-range missiles, and seize frozen Russian assets." }));
            var result = await CliProcess.RunAsync(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "db.sqlite")}",
                ["Triage:ModelFolder"] = CorrespondenceApp.SharedModelFolder,
            }, input, "classify");

            Assert.True(result.ExitCode == 0, result.Error);
            var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["g1", "p1", "u1"], lines.Select(l => l.GetProperty("id").GetString()));
            Assert.Equal(["gaza"], Topics(lines[0]));
            Assert.Empty(Topics(lines[1]));
            Assert.False(lines[1].GetProperty("abstained").GetBoolean());
            Assert.Equal(["ukraine"], Topics(lines[2]));
            var paragraph = lines[0].GetProperty("paragraphs").EnumerateArray().First();
            Assert.Equal("gaza", paragraph.GetProperty("topic").GetString());
            Assert.InRange(paragraph.GetProperty("index").GetInt32(), 0, 10);
            Assert.True(paragraph.GetProperty("score").GetDouble() > 0);
            Assert.InRange(lines[0].GetProperty("topics")[0].GetProperty("confidence").GetDouble(), 0.5, 1.0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Classify_FirstRunWithNoModel_TrainsOneAndStdoutHoldsOnlyTheJsonLines()
    {
        // A fresh clone has no model: the first classify trains one and logs that it did. Programs read stdout, so
        // every log line must go to stderr.
        var folder = Directory.CreateTempSubdirectory("correspondence-cli-").FullName;
        try
        {
            var input = JsonSerializer.Serialize(new { id = "e1", subject = "Rejoin the customs union", body = "Brexit has hurt my business. Please push for a closer relationship with the EU and a veterinary agreement." });
            var result = await CliProcess.RunAsync(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "db.sqlite")}",
                ["Triage:ModelFolder"] = Path.Combine(folder, "models"),
                ["Logging:LogLevel:Default"] = "Information",
            }, input, "classify");

            Assert.True(result.ExitCode == 0, result.Error);
            var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(["eu"], Topics(JsonDocument.Parse(line).RootElement));
            Assert.Contains("No topic model yet", result.Error);
            Assert.True(File.Exists(Path.Combine(folder, "models", "active")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Topics(JsonElement line) =>
        line.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
}
