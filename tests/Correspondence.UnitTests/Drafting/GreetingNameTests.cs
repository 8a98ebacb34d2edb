using Correspondence.Core.Drafting;

namespace Correspondence.UnitTests.Drafting;

public class GreetingNameTests
{
    [Theory]
    [InlineData("Ada Lovelace", "Ada Lovelace")]
    [InlineData("Lovelace, Ada", "Ada Lovelace")]
    [InlineData("ADA LOVELACE", "Ada Lovelace")]
    [InlineData("ada lovelace", "Ada Lovelace")]
    [InlineData("\"Ada Lovelace\"", "Ada Lovelace")]
    [InlineData("Ada McDonald", "Ada McDonald")]
    [InlineData("Zoë Ó Súilleabháin", "Zoë Ó Súilleabháin")]
    [InlineData("Łukasz Żółć-Brontë", "Łukasz Żółć-Brontë")]
    [InlineData("Ada\r\nLovelace", "Ada Lovelace")]
    [InlineData("Ada Lovelace\r\nX-Injected: yes", "Ada Lovelace X-Injected: yes")]
    [InlineData(" Ada\t\tLovelace ", "Ada Lovelace")]
    public void From_DisplayName_GivesNameToGreet(string displayName, string expected) =>
        Assert.Equal(expected, GreetingName.From(displayName));

    [Theory]
    [InlineData("Ada Lovelace, MBE", "Ada Lovelace")]
    [InlineData("John Smith, Jr.", "John Smith")]
    public void From_FullNameWithSuffixAfterComma_KeepsTheName(string displayName, string expected) =>
        Assert.Equal(expected, GreetingName.From(displayName));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ada@example.org")]
    [InlineData("<ada@example.org>")]
    [InlineData("12345")]
    public void From_NoUsableName_GivesFallback(string? displayName) =>
        Assert.Equal(GreetingName.Fallback, GreetingName.From(displayName));

    [Fact]
    public void From_OverlongName_GivesFallback() =>
        Assert.Equal(GreetingName.Fallback, GreetingName.From(new string('a', 40) + " " + new string('b', 45)));

    [Theory]
    [InlineData("ada@example.org", true)]
    [InlineData("not-an-address", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidAddress_Address_IsJudged(string? address, bool valid) =>
        Assert.Equal(valid, GreetingName.IsValidAddress(address));
}
