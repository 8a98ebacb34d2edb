using Correspondence.Core.Constituency;

namespace Correspondence.UnitTests.Constituency;

public sealed class ForwardRecipientTests
{
    [Theory]
    [InlineData("MP", "a@b.example\r\nBcc: c@d.example")]
    [InlineData("MP\nBcc: c@d.example", "a@b.example")]
    [InlineData("MP", "a@b.example, c@d.example")]
    [InlineData("MP", "Name <a@b.example>")]
    [InlineData("MP", "group: a@b.example;")]
    [InlineData("MP", "a@@b.example")]
    [InlineData("MP", "a@localhost")]
    [InlineData("MP", "")]
    public void Refuses_AnythingButOnePlainAddress(string name, string address) =>
        Assert.False(ForwardRecipient.TryCreate(name, address, "", out _, out _));

    [Fact]
    public void Accepts_APlainAddress_Trimmed() =>
        Assert.True(ForwardRecipient.TryCreate(" Pat MP ", " pat.mp@office.example ", "X", out var r, out _) && r.Address == "pat.mp@office.example" && r.Name == "Pat MP");

    [Fact]
    public void Directory_BadLine_NamesTheLine()
    {
        var ex = Assert.Throws<FormatException>(() => MpDirectory.Parse(["# c", "A | B | ok@x.example", "C | D | broken"], "dir.txt"));
        Assert.Contains("line 3", ex.Message);
    }

    [Fact]
    public void ShippedSample_Loads() =>
        Assert.NotEmpty(MpDirectory.Load(Path.Combine(RepoPaths.Root, "samples", "constituency", "mp-directory.txt")).Offices);
}
