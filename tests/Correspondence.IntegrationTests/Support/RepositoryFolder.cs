namespace Correspondence.IntegrationTests.Support;

/// <summary>The clone these tests run from: the nearest folder above the test binaries that holds Correspondence.sln.</summary>
public static class RepositoryFolder
{
    public static string Root
    {
        get
        {
            var testFolder = AppContext.BaseDirectory;
            var root = new DirectoryInfo(testFolder);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Correspondence.sln")))
                root = root.Parent;
            return root?.FullName ?? throw new InvalidOperationException(
                $"No Correspondence.sln found in {testFolder} or any folder above it; these tests run from a clone of the repository.");
        }
    }
}
