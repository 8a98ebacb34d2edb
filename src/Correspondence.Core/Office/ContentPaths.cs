namespace Correspondence.Core.Office;

/// <summary>Settings section "Paths": where templates live and where the embedded default keeps its files.</summary>
public sealed class PathsOptions
{
    public const string Section = "Paths";

    /// <summary>The templates/ folder (policies, replies, training). Relative paths are looked for upwards from the working directory.</summary>
    public string Templates { get; set; } = "templates";

    /// <summary>Sample constituent mail loaded into an empty drop folder on first run (embedded default only).</summary>
    public string Samples { get; set; } = "samples/mail";
}

public static class ContentPaths
{
    /// <summary>Finds a relative folder from the working directory or any parent, so `dotnet run --project` works from anywhere in the clone.</summary>
    public static string? FindFolder(string path)
    {
        if (Path.IsPathRooted(path)) return Directory.Exists(path) ? path : null;
        var underRoot = _appRoot.IsValueCreated ? Path.Combine(_appRoot.Value, path) : null;
        if (underRoot is not null && Directory.Exists(underRoot)) return underRoot;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// The folder relative data paths (data/, samples/) are resolved against: the one holding templates/, which is the
    /// repository root in a clone and /app in the container, whatever the working directory `dotnet run` chose.
    /// </summary>
    public static string AppRoot => _appRoot.Value;

    private static readonly Lazy<string> _appRoot = new(() =>
        FindFolder("templates") is { } templates ? Path.GetDirectoryName(templates)! : Directory.GetCurrentDirectory());

    /// <summary>An absolute path as given; a relative one under <see cref="AppRoot"/>.</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(AppRoot, path));

    public static string RequireFolder(string path, string setting) =>
        FindFolder(path) ?? throw new DirectoryNotFoundException(
            $"{setting} is '{path}', but no such folder was found from {Directory.GetCurrentDirectory()} or its parents. " +
            $"Set {setting} to the absolute path of the folder.");
}
