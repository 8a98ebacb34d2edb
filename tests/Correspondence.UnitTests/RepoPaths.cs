namespace Correspondence.UnitTests;

/// <summary>Finds the repository's real folders by walking up from the test binaries.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> _root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "templates", "policies")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No folder containing templates/policies above {AppContext.BaseDirectory}.");
    });

    /// <summary>The repository root: the folder holding templates/.</summary>
    public static string Root => _root.Value;

    public static string Templates => Path.Combine(Root, "templates");

    public static string Policies => Path.Combine(Templates, "policies");

    public static string Replies => Path.Combine(Templates, "replies");

    /// <summary>The MP's statement the policy files were split from; outside the repository, so it may be absent.</summary>
    public static string PeaceAndSecuritySeed => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed", "peace-and-security.txt"));
}
