using Correspondence.Core.Triage;

namespace Correspondence.UnitTests.Triage;

/// <summary>The repository's real templates/policies/*.md, parsed as the app parses them.</summary>
internal static class RealPolicies
{
    private static readonly Lazy<IReadOnlyList<PolicyTopic>> _topics = new(() =>
        Directory.GetFiles(RepoPaths.Policies, "*.md").Order(StringComparer.Ordinal)
            .Select(f => PolicyFileParser.Parse(File.ReadAllText(f), Path.GetFileName(f)))
            .ToList());

    public static IReadOnlyList<PolicyTopic> Topics => _topics.Value;

    public static PolicyLibrary Library() => new(Topics);
}
