using Correspondence.Core.Triage;

namespace Correspondence.UnitTests.Triage;

public class TextNormalizerTests
{
    [Fact]
    public void Normalize_QuotesDashesCaseAndSpaces_AreFolded() =>
        Assert.Equal("it's \"the\" ukraine - war", TextNormalizer.Normalize("  It’s “The”\r\n\tUKRAINE — war "));

    [Fact]
    public void ContentWords_StopWordsShortWordsAndPlurals_AreFolded()
    {
        var words = TextNormalizer.ContentWords("Dear MP, the hostages and the press: release them all 2024!").ToList();

        Assert.Equal(["hostage", "press", "release"], words);
    }
}
