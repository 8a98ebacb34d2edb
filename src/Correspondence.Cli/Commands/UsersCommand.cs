using System.CommandLine;
using Correspondence.Core.Access;
using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Correspondence.Cli.Commands;

/// <summary>`users add EMAIL --role Admin` creates the first admin; `users list` shows who has which role.</summary>
internal static class UsersCommand
{
    public const string PasswordVariable = "CORRESPONDENCE_PASSWORD";

    public static Command Create()
    {
        var users = new Command("users", "Manage sign-in accounts");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        return users;
    }

    private static Command Add()
    {
        var email = new Argument<string>("email") { Description = "The user's email address (also their user name)" };
        var roles = new Option<string[]>("--role") { Description = "Caseworker, Manager or Admin; repeat for several", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("add", $"Create an account. The password is read from ${PasswordVariable}, else asked for without echo.") { email, roles };
        command.SetAction(async (parse, ct) =>
        {
            var wanted = parse.GetValue(roles)!;
            var unknown = wanted.Where(r => !Roles.All.Contains(r, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Unknown role(s): {string.Join(", ", unknown)}. Use {string.Join(", ", Roles.All)}.[/]");
                return ExitCodes.Refused;
            }
            var password = Environment.GetEnvironmentVariable(PasswordVariable)
                ?? AnsiConsole.Prompt(new TextPrompt<string>("Password (12+ characters):").Secret());

            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await sp.PrepareDatabaseAsync(ct);
            var roleManager = sp.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
                if (!await roleManager.RoleExistsAsync(role))
                    await roleManager.CreateAsync(new IdentityRole(role));

            var userManager = sp.GetRequiredService<UserManager<IdentityUser>>();
            var address = parse.GetValue(email)!;
            var user = new IdentityUser { UserName = address, Email = address, EmailConfirmed = true };
            var created = await userManager.CreateAsync(user, password);
            if (created.Succeeded) created = await userManager.AddToRolesAsync(user, wanted);
            if (!created.Succeeded)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Not created: {string.Join(" ", created.Errors.Select(e => e.Description))}[/]");
                return ExitCodes.Refused;
            }
            var db = sp.GetRequiredService<CorrespondenceDbContext>();
            db.Record(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, $"cli:{Environment.UserName}", "user-created", "User", address, string.Join(",", wanted));
            await db.SaveChangesAsync(ct);
            AnsiConsole.MarkupLineInterpolated($"[green]Created {address} with role(s) {string.Join(", ", wanted)}.[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List accounts and their roles");
        command.SetAction(async (_, ct) =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>();
            var rows = await db.Users.OrderBy(u => u.Email)
                .Select(u => new { u.Email, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(), u.LockoutEnd })
                .ToListAsync(ct);
            var table = new Table().AddColumns("Email", "Roles", "Locked until");
            foreach (var row in rows)
                table.AddRow(Markup.Escape(row.Email ?? ""), Markup.Escape(string.Join(", ", row.Roles)), row.LockoutEnd?.ToString("u") ?? "");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
