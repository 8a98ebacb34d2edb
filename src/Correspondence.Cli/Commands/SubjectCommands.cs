using System.CommandLine;
using Correspondence.Core.Data;
using Correspondence.Core.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.Cli.Commands;

/// <summary>Subject access and erasure from the command line: `export-subject --email X`, `erase-subject --email X --confirm`.</summary>
internal static class SubjectCommands
{
    private static string Actor => $"cli:{Environment.UserName}";

    public static Command Export()
    {
        var email = new Option<string>("--email") { Description = "The person's email address", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "The zip to write (default: subject-access-<id>.zip here)" };
        var command = new Command("export-subject", "Export everything held about one person (JSON + readable HTML, zipped)") { email, output };
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.PrepareDatabaseAsync(ct);
            var exporter = scope.ServiceProvider.GetRequiredService<SubjectExporter>();
            if (await exporter.FindByEmailAsync(parse.GetValue(email)!, ct) is not { } id)
            {
                Console.Error.WriteLine("No one with that email address is held: nothing to export.");
                return ExitCodes.Refused;
            }
            var zip = await exporter.ExportAsync(id, Actor, null, ct);
            var file = parse.GetValue(output)?.FullName ?? Path.GetFullPath($"subject-access-{id}.zip");
            await File.WriteAllBytesAsync(file, zip!, ct);
            Console.WriteLine($"Wrote {file} ({zip!.Length} bytes) for record {id}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Erase()
    {
        var email = new Option<string>("--email") { Description = "The person's email address", Required = true };
        var confirm = new Option<bool>("--confirm") { Description = "Required: erasure cannot be undone" };
        var command = new Command("erase-subject", "Erase one person on request (their messages, replies and record); the audit keeps counts only") { email, confirm };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(confirm))
            {
                Console.Error.WriteLine("Erasure cannot be undone. Export first (export-subject), then run again with --confirm.");
                return ExitCodes.Refused;
            }
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.PrepareDatabaseAsync(ct);
            if (await scope.ServiceProvider.GetRequiredService<SubjectExporter>().FindByEmailAsync(parse.GetValue(email)!, ct) is not { } id)
            {
                Console.Error.WriteLine("No one with that email address is held: nothing to erase.");
                return ExitCodes.Refused;
            }
            var result = await scope.ServiceProvider.GetRequiredService<SubjectEraser>().EraseAsync(id, Actor, null, ct);
            (result.Erased ? Console.Out : Console.Error).WriteLine(result.Message);
            return result.Erased ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }
}
