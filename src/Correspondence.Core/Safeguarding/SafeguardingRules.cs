using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Correspondence.Core.Safeguarding;

/// <summary>The rule set read from templates/safeguarding/indicators.yml: phrase patterns with weights per category.</summary>
public sealed class SafeguardingRules
{
    public const string FileName = "safeguarding/indicators.yml";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public required IReadOnlyList<Category> Categories { get; init; }
    public required Regex Negations { get; init; }
    public required Regex ReportingVerbs { get; init; }
    public int NegationWindowWords { get; init; } = 4;

    public sealed record Category(string Id, string Title, double Threshold, bool SkipReported, IReadOnlyList<Rule> Rules);
    /// <param name="Screen">A superset pattern run once over the whole letter before the per-sentence match (see <see cref="RuleScreen"/>).</param>
    public sealed record Rule(string Id, double Weight, bool Negatable, Regex Pattern, Regex? Screen = null);

    public static SafeguardingRules Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and compiles the rules; a bad pattern fails with its category and rule id, so a start with a broken file says where.</summary>
    public static SafeguardingRules Parse(string yaml, string source)
    {
        RuleFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<RuleFile>(yaml) ?? throw new FormatException($"{source}: empty file.");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FormatException($"{source}: not valid YAML ({ex.Message}).", ex);
        }
        if (file.Categories is not { Count: > 0 }) throw new FormatException($"{source}: no categories.");
        return new SafeguardingRules
        {
            Negations = Compile(file.Negations ?? @"\b(not|never)\b", source, "negations"),
            ReportingVerbs = Compile(file.ReportingVerbs ?? @"\b(said|told)\b", source, "reporting_verbs"),
            NegationWindowWords = file.NegationWindowWords,
            Categories = file.Categories.Select(c => new Category(
                Required(c.Id, source, "a category id"), c.Title ?? c.Id!, c.Threshold, c.SkipReported,
                (c.Rules ?? []).Select(r => new Rule(Required(r.Id, source, $"a rule id in {c.Id}"), r.Weight, r.Negatable,
                    Compile(Required(r.Pattern, source, $"{c.Id}/{r.Id} pattern"), source, $"{c.Id}/{r.Id}"),
                    RuleScreen.For(r.Pattern!, Options, MatchTimeout))).ToList())).ToList(),
        };
    }

    private static string Required(string? value, string source, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{source}: {what} is missing.") : value;

    private static Regex Compile(string pattern, string source, string where)
    {
        try
        {
            return new Regex(pattern, Options, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"{source}: {where} is not a valid regular expression ({ex.Message}).", ex);
        }
    }

    private sealed class RuleFile
    {
        public int NegationWindowWords { get; set; } = 4;
        public string? Negations { get; set; }
        public string? ReportingVerbs { get; set; }
        public List<CategoryEntry>? Categories { get; set; }
    }

    private sealed class CategoryEntry
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public double Threshold { get; set; } = 1.0;
        public bool SkipReported { get; set; }
        public List<RuleEntry>? Rules { get; set; }
    }

    private sealed class RuleEntry
    {
        public string? Id { get; set; }
        public double Weight { get; set; } = 1.0;
        public bool Negatable { get; set; } = true;
        public string? Pattern { get; set; }
    }
}
