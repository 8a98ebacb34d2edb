using Correspondence.Core.Access;
using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Correspondence.Core.Inbox;
using Correspondence.Core.Office;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Demo;

public static class Seeding
{
    public static IServiceCollection AddCorrespondenceDemo(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section)
            .Validate(d => !d.Enabled || d.Password.Length >= 12, "Demo:Password must be at least 12 characters when Demo:Enabled is true.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Roles always; with Demo:Enabled, the demo sign-in and the sample mail (only into an empty office).</summary>
    public static async Task SeedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));

        var demo = sp.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!demo.Enabled) return;
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Correspondence.Demo");
        var users = sp.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(demo.Email) is null)
        {
            var user = new IdentityUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, demo.Password);
            if (!created.Succeeded)
                throw new InvalidOperationException("Could not create the demo user: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRolesAsync(user, Roles.All);
            log.LogWarning("Demo sign-in {Email} created with every role (Demo:Enabled is true). Turn Demo off in production", demo.Email);
        }

        var db = sp.GetRequiredService<CorrespondenceDbContext>();
        var inbox = sp.GetRequiredService<IOptions<InboxOptions>>().Value;
        var samples = ContentPaths.FindFolder(sp.GetRequiredService<IOptions<PathsOptions>>().Value.Samples);
        if (inbox.Source != InboxSource.DropFolder || samples is null || await db.Messages.AnyAsync()) return;
        var dropFolder = Directory.CreateDirectory(ContentPaths.Resolve(inbox.DropFolder)).FullName;
        if (Directory.EnumerateFiles(dropFolder, "*.eml").Any()) return;
        var copied = 0;
        foreach (var file in Directory.GetFiles(samples, "*.eml").Order())
        {
            File.Copy(file, Path.Combine(dropFolder, Path.GetFileName(file)));
            copied++;
        }
        db.Record(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, Audit.System, "demo-samples-loaded", "DropFolder", dropFolder, $"{copied} sample emails");
        await db.SaveChangesAsync();
        log.LogInformation("Loaded {Count} sample emails into {Folder}", copied, dropFolder);
    }
}
