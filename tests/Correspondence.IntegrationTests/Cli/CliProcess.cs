using System.Diagnostics;
using System.Text;
using Correspondence.IntegrationTests.Support;

namespace Correspondence.IntegrationTests.Cli;

/// <summary>Runs the built `correspondence` CLI as a separate process, as an operator would, with only the given settings.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?> settings, string? stdin, params string[] args)
    {
        var dll = WorkerProcess.FindBuiltDll("Correspondence.Cli", "correspondence");
        var start = new ProcessStartInfo(WorkerProcess.DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        WorkerProcess.IsolateEnvironment(start, Path.GetDirectoryName(dll)!);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
