using Correspondence.Core.Inbox;

namespace Correspondence.UnitTests.Inbox;

public class CaseLinkerTests
{
    [Theory]
    [InlineData("Re: Fwd: RE:  Hospital   waiting list", "hospital waiting list")]
    [InlineData("FW: AW: SV: Hospital waiting list", "hospital waiting list")]
    [InlineData("  Hospital waiting list  ", "hospital waiting list")]
    public void NormalizeSubject_ReplyAndForwardPrefixes_AreStrippedAndSpacingFolded(string subject, string expected) =>
        Assert.Equal(expected, CaseLinker.NormalizeSubject(subject));

    [Fact]
    public void NormalizeSubject_ColonInsideSubject_IsKept() =>
        Assert.Equal("update: hospital waiting list", CaseLinker.NormalizeSubject("Re: Update: Hospital waiting list"));

    [Fact]
    public void NormalizeSubject_OnlyPrefixes_ReturnsEmpty() =>
        Assert.Equal("", CaseLinker.NormalizeSubject("Re: Fwd:"));
}
