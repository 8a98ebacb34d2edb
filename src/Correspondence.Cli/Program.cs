using System.CommandLine;
using Correspondence.Cli;
using Correspondence.Cli.Commands;

// Operator commands against the configured database (same settings and environment variables as the web app).
var root = new RootCommand("Correspondence operator commands");
root.Subcommands.Add(MigrateCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
root.Subcommands.Add(ClassifyCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(SafeguardingEvaluateCommand.Create());
root.Subcommands.Add(SubjectCommands.Export());
root.Subcommands.Add(SubjectCommands.Erase());
root.Subcommands.Add(SeedCommand.Create());
return await root.Parse(args).InvokeAsync();

namespace Correspondence.Cli
{
    /// <summary>Exit codes, so scripts can tell a refusal from a crash.</summary>
    internal static class ExitCodes
    {
        public const int Ok = 0;
        public const int Refused = 2;
    }
}
