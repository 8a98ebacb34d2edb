using System.CommandLine;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Correspondence.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations for the configured provider");
        command.SetAction(async (_, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            AnsiConsole.MarkupLineInterpolated($"[green]Applied {pending.Count} migration(s).[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
