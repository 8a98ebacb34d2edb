using Correspondence.Core.Drafting;
using Scriban.Runtime;

namespace Correspondence.UnitTests.Drafting;

public class TemplateRendererTests
{
    private readonly TemplateRenderer _renderer = new(TestComposer.Templates());

    [Fact]
    public void RenderText_ModelValue_IsPrinted() =>
        Assert.Equal("Hello Ada", _renderer.RenderText("Hello {{ name }}", "t", new ScriptObject { ["name"] = "Ada" }));

    [Fact]
    public void RenderText_ModelStringContainingTemplateCode_RendersLiterally()
    {
        var output = _renderer.RenderText("Said: {{ text }}", "t", new ScriptObject { ["text"] = "{{ 1+1 }}" });

        Assert.Equal("Said: {{ 1+1 }}", output);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../reply.text")]
    [InlineData("/etc/passwd")]
    [InlineData("topics/../../policies/gaza")]
    public void RenderText_IncludeOutsideRepliesFolder_Throws(string include)
    {
        var ex = Assert.Throws<TemplateRenderException>(() =>
            _renderer.RenderText($"{{{{ include '{include}' }}}}", "evil", new ScriptObject()));

        Assert.Equal("evil", ex.Template);
        Assert.Contains("outside the templates folder", ex.Reason);
    }

    [Fact]
    public void RenderText_IncludeOfMissingTemplate_Throws() =>
        Assert.Throws<TemplateRenderException>(() =>
            _renderer.RenderText("{{ include 'topics/no-such-topic' }}", "t", new ScriptObject()));

    [Fact]
    public void RenderText_IncludeInsideRepliesFolder_Renders()
    {
        var topic = new ScriptObject
        {
            ["title"] = "Test topic",
            ["paragraphs"] = new ScriptArray { new ScriptObject { ["text"] = "A statement." } },
        };

        var output = _renderer.RenderText("{{ include 'topics/default' }}", "t", new ScriptObject { ["topic"] = topic });

        Assert.Contains("On Test topic:", output);
        Assert.Contains("A statement.", output);
    }

    [Fact]
    public async Task RenderText_HugeLoop_ThrowsInsteadOfHanging()
    {
        var render = Task.Run(() => _renderer.RenderText("{{ for i in 1..10000000 }}x{{ end }}", "loop", new ScriptObject()));

        // WaitAsync fails the test with a TimeoutException if the loop limit does not stop the render.
        var ex = await Assert.ThrowsAsync<TemplateRenderException>(() => render.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("LoopLimit", ex.Message);
    }

    [Fact]
    public async Task RenderText_InfiniteWhileLoop_ThrowsInsteadOfHanging()
    {
        var render = Task.Run(() => _renderer.RenderText("{{ while true }}x{{ end }}", "loop", new ScriptObject()));

        await Assert.ThrowsAsync<TemplateRenderException>(() => render.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void RenderText_UndefinedVariable_Throws()
    {
        var ex = Assert.Throws<TemplateRenderException>(() =>
            _renderer.RenderText("Dear {{ constituent.nmae }}", "typo", new ScriptObject { ["constituent"] = new ScriptObject() }));

        Assert.Contains("typo", ex.Message);
    }

    [Fact]
    public void RenderText_UndefinedTopLevelVariable_Throws() =>
        Assert.Throws<TemplateRenderException>(() => _renderer.RenderText("{{ missing }}", "t", new ScriptObject()));

    [Fact]
    public void RenderText_SyntaxError_Throws() =>
        Assert.Throws<TemplateRenderException>(() => _renderer.RenderText("{{ for x in }}", "broken", new ScriptObject()));

    [Fact]
    public void RenderText_RunawayRecursion_Throws() =>
        Assert.Throws<TemplateRenderException>(() =>
            _renderer.RenderText("{{ func f(n); ret f(n+1); end; f(1) }}", "recursion", new ScriptObject()));

    [Fact]
    public void RenderText_OutputOverLimit_ThrowsInsteadOfTruncating() =>
        Assert.Throws<TemplateRenderException>(() =>
            _renderer.RenderText("{{ for i in 1..300 }}{{ 'x' | string.pad_left 1000 }}{{ end }}END", "big", new ScriptObject()));

    [Fact]
    public void RenderText_LongModelString_IsRenderedWholeOrThrows()
    {
        var text = new string('a', 25_000) + "END";

        try
        {
            Assert.Equal(text, _renderer.RenderText("{{ text }}", "long", new ScriptObject { ["text"] = text }));
        }
        catch (TemplateRenderException)
        {
            // Refusing loudly is acceptable; silently cutting the letter is not.
        }
    }

    [Fact]
    public void Render_MissingTemplateFile_Throws()
    {
        var ex = Assert.Throws<TemplateRenderException>(() => _renderer.Render("no-such-template", new ScriptObject()));

        Assert.Equal("no-such-template", ex.Template);
    }
}
