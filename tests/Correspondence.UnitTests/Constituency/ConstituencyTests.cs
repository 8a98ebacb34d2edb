using Correspondence.Core.Constituency;
using Correspondence.Core.Office;
using Microsoft.Extensions.Options;

namespace Correspondence.UnitTests.Constituency;

public sealed class ConstituencyTests
{
    private static readonly string Sample = Path.Combine(RepoPaths.Root, "samples", "constituency", "exampleton-north.txt");

    private static ConstituencyCheck Check(string file = "") => new(null!,
        Options.Create(new ConstituencyOptions { PostcodeFile = file }),
        Options.Create(new OfficeOptions { OfficeAddress = "House of Commons, London SW1A 0AA" }), null!, TimeProvider.System);

    [Theory]
    [InlineData("EX1 3QP", true)]   // district EX1
    [InlineData("EX4 6RT", true)]   // sector EX4 6
    [InlineData("EX4 8RT", false)]  // another sector of EX4
    [InlineData("EX5 1AB", true)]   // unit
    [InlineData("EX5 1AE", false)]
    [InlineData("EX10 1AB", false)] // EX10 is not EX1
    public void SampleList_MatchesUnitsSectorsAndDistricts(string unit, bool listed) =>
        Assert.Equal(listed, PostcodeList.Load(Sample).Contains(unit));

    [Fact]
    public void Parse_BadLine_FailsWithItsNumber()
    {
        var ex = Assert.Throws<FormatException>(() => PostcodeList.Parse(["EX1", "# comment", "not a postcode"], "list.txt"));
        Assert.Contains("line 3", ex.Message);
    }

    [Theory]
    [InlineData("EX1 3QP", ConstituencyStatus.Constituent)]
    [InlineData("M1 1AE", ConstituencyStatus.NotConstituent)]
    [InlineData("M1 1AE EX2 4PQ", ConstituencyStatus.Constituent)] // one listed postcode is enough
    [InlineData("", ConstituencyStatus.Unknown)]
    [InlineData("SW1A 0AA", ConstituencyStatus.Unknown)]            // the office's own address, quoted back
    public void Decide_FromExtractedPostcodes(string postcodes, ConstituencyStatus expected) =>
        Assert.Equal(expected, Check(Sample).Decide(postcodes));

    [Fact]
    public void Decide_WithNoListConfigured_IsAlwaysUnknown() =>
        Assert.Equal(ConstituencyStatus.Unknown, Check().Decide("M1 1AE"));
}
