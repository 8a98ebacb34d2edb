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
        var record = RecordOption();
        var command = new Command("export-subject", "Export everything held about one person (JSON + readable HTML, zipped)") { email, output, record };
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.PrepareDatabaseAsync(ct);
            var exporter = scope.ServiceProvider.GetRequiredService<SubjectExporter>();
            if (await ResolveAsync(exporter, parse.GetValue(email)!, parse.GetValue(record), "export", ct) is not { } id)
                return ExitCodes.Refused;
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
        var record = RecordOption();
        var command = new Command("erase-subject", "Erase one person on request (their messages, replies and record); the audit keeps counts only") { email, confirm, record };
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
            if (await ResolveAsync(scope.ServiceProvider.GetRequiredService<SubjectExporter>(), parse.GetValue(email)!, parse.GetValue(record), "erase", ct) is not { } id)
                return ExitCodes.Refused;
            var result = await scope.ServiceProvider.GetRequiredService<SubjectEraser>().EraseAsync(id, Actor, null, ct);
            (result.Erased ? Console.Out : Console.Error).WriteLine(result.Message);
            return result.Erased ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    private static Option<long?> RecordOption() =>
        new("--record") { Description = "The record id, when several people share the email address (the command lists them)" };

    /// <summary>The record to act on: the only one for the address, or the --record chosen among several people sharing it.</summary>
    private static async Task<long?> ResolveAsync(SubjectExporter exporter, string email, long? record, string verb, CancellationToken ct)
    {
        var ids = await exporter.FindAllByEmailAsync(email, ct);
        if (ids.Count == 0)
        {
            Console.Error.WriteLine($"No one with that email address is held: nothing to {verb}.");
            return null;
        }
        if (record is { } chosen)
        {
            if (ids.Contains(chosen)) return chosen;
            Console.Error.WriteLine($"Record {chosen} is not one of this address's records ({string.Join(", ", ids)}): nothing to {verb}.");
            return null;
        }
        if (ids.Count == 1) return ids[0];
        Console.Error.WriteLine($"Several people's records hold that address ({string.Join(", ", ids)}): run again with --record <id> (see the Constituents page to tell them apart).");
        return null;
    }
}
