using System.CommandLine;
using System.Diagnostics;
using Correspondence.Core.Access;
using Correspondence.Core.Auditing;
using Correspondence.Core.Backlog;
using Correspondence.Core.Data;
using Correspondence.Core.Triage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Correspondence.Cli.Commands;

/// <summary>`seed --messages N`: fills the configured database with synthetic correspondence for demos and load tests.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var messages = new Option<int>("--messages") { Description = "How many messages to add", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and --until give the same rows", DefaultValueFactory = _ => 1 };
        var days = new Option<int>("--days") { Description = "Spread the messages over this many days before --until", DefaultValueFactory = _ => 730 };
        var caseworkers = new Option<int>("--caseworkers") { Description = "Caseworker accounts to create (no password: they cannot sign in) and share the replies", DefaultValueFactory = _ => 6 };
        var until = new Option<DateTime?>("--until") { Description = "Newest message time, UTC (default: now)" };
        var command = new Command("seed", "Add N realistic synthetic messages (topics, statuses, ages, caseworkers, drafts, approvals, outbox) to the configured database")
            { messages, seed, days, caseworkers, until };
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(messages);
            var spread = parse.GetValue(days);
            var workers = parse.GetValue(caseworkers);
            if (count < 1 || spread < 1 || workers is < 1 or > 100)
            {
                AnsiConsole.MarkupLine("[red]--messages and --days must be at least 1, --caseworkers between 1 and 100.[/]");
                return ExitCodes.Refused;
            }

            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await sp.PrepareDatabaseAsync(ct);
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var end = parse.GetValue(until) is { } u ? DateTime.SpecifyKind(u, u.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc).ToUniversalTime() : now;
            var names = await EnsureCaseworkersAsync(sp, workers);
            var topics = sp.GetRequiredService<PolicyLibrary>().Topics.Select(t => t.Id).ToList();

            var db = sp.GetRequiredService<CorrespondenceDbContext>();
            var clock = Stopwatch.StartNew();
            var settings = new BacklogSeeder.Settings(count, parse.GetValue(seed), end, spread, topics, names);
            var written = 0;
            await AnsiConsole.Progress().AutoClear(false).StartAsync(async progress =>
            {
                var task = progress.AddTask("Seeding messages", maxValue: count);
                written = await new BacklogSeeder(db).SeedAsync(settings, n => task.Value = n, ct);
            });
            db.Record(now, $"cli:{Environment.UserName}", "seeded", "Messages", BacklogSeeder.Mailbox,
                $"{written} synthetic messages, seed {settings.Seed}, {spread} days to {end:u}");
            await db.SaveChangesAsync(ct);
            AnsiConsole.MarkupLineInterpolated(
                $"[green]Seeded {written:N0} messages over {spread} days to {end:u} in {clock.Elapsed.TotalSeconds:0.0} s ({written / clock.Elapsed.TotalSeconds:N0} messages/s).[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>seed-caseworker-N@seed.example.org, with the Caseworker role and no password; reused on a second run.</summary>
    private static async Task<List<string>> EnsureCaseworkersAsync(IServiceProvider sp, int count)
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        var users = sp.GetRequiredService<UserManager<IdentityUser>>();
        var names = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var email = $"seed-caseworker-{i}@seed.example.org";
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
                var created = await users.CreateAsync(user);
                if (created.Succeeded) created = await users.AddToRoleAsync(user, Roles.Caseworker);
                if (!created.Succeeded)
                    throw new InvalidOperationException($"Could not create {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }
            names.Add(email);
        }
        return names;
    }
}
