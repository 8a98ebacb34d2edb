using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Correspondence.Core.Templates;
using Correspondence.Core.Triage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Correspondence.UnitTests.Drafting;

/// <summary>A <see cref="ReplyComposer"/> over the repository's real reply templates and policies.</summary>
internal static class TestComposer
{
    public static OfficeOptions Office() => new()
    {
        MpName = "Jane Example MP",
        Constituency = "Exampleton",
        OfficeAddress = "1 High Street, Exampleton EX1 1AA",
        FromName = "Office of Jane Example MP",
        FromAddress = "office@mp.example",
        Signature = "Jane Example",
    };

    /// <summary>The repository's templates/ as shipped (no edits).</summary>
    public static TemplateSet Templates() => new(RepoPaths.Templates, NullLogger<TemplateSet>.Instance);

    public static ReplyComposer Create(OfficeOptions? office = null, TemplateSet? templates = null)
    {
        templates ??= Templates();
        return new(new TemplateRenderer(templates), new PolicyLibrary(templates), Options.Create(office ?? Office()));
    }
}
