using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Correspondence.UnitTests.Triage;
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

    public static ReplyComposer Create(OfficeOptions? office = null) =>
        new(new TemplateRenderer(RepoPaths.Replies), RealPolicies.Library(), Options.Create(office ?? Office()));
}
