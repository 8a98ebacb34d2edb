using Correspondence.Core.Drafting;
using Correspondence.Core.Triage;
using Correspondence.UnitTests.Triage;
using static Correspondence.Core.Drafting.ReplyComposer;

namespace Correspondence.UnitTests.Drafting;

public class ReplyComposerTests
{
    private readonly ReplyComposer _composer = TestComposer.Create();

    private static string ParagraphText(string topicId, string paragraphId) =>
        RealPolicies.Topics.Single(t => t.Id == topicId).Paragraphs.Single(p => p.Id == paragraphId).Text;

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private ComposedDraft ComposeGaza(string subject = "Ceasefire in Gaza", string? fromName = "Lovelace, Ada") =>
        _composer.Compose(subject, fromName, "COR-000042",
            [new TopicSection("gaza", ["recognise-palestine", "ceasefire-and-hostages"])]);

    [Fact]
    public void Compose_CommaName_GreetsByFirstNameThenSurname()
    {
        var draft = ComposeGaza();

        Assert.StartsWith("Dear Ada Lovelace,\n", draft.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ada@example.org")]
    public void Compose_NoName_GreetsSirOrMadam(string? fromName)
    {
        var draft = ComposeGaza(fromName: fromName);

        Assert.StartsWith("Dear Sir or Madam,\n", draft.Text);
    }

    [Fact]
    public void Compose_Draft_IncludesCaseReferenceAndSignature()
    {
        var draft = ComposeGaza();

        Assert.Contains("Your reference: COR-000042", draft.Text);
        Assert.Contains("Jane Example", draft.Text);
    }

    [Fact]
    public void Compose_MatchedParagraphs_AreCitedVerbatimInTheMpsOrder()
    {
        var draft = ComposeGaza();

        var ceasefire = ParagraphText("gaza", "ceasefire-and-hostages");
        var recognise = ParagraphText("gaza", "recognise-palestine");
        Assert.Contains(ceasefire, draft.Text);
        Assert.Contains(recognise, draft.Text);
        Assert.True(draft.Text.IndexOf(ceasefire, StringComparison.Ordinal) < draft.Text.IndexOf(recognise, StringComparison.Ordinal),
            "paragraphs should follow the policy file's order");
        Assert.DoesNotContain(ParagraphText("gaza", "regional-war"), draft.Text);
        Assert.Contains("On Gaza, Israel and Palestine:", draft.Text);
        Assert.Contains("contacting me about Gaza, Israel and Palestine.", draft.Text);
    }

    [Fact]
    public void Compose_ParagraphSharedByTwoTopics_AppearsOnce()
    {
        var shared = ParagraphText("ukraine", "arms-aid-training");
        Assert.Equal(shared, ParagraphText("defence", "defence-output"));

        var draft = _composer.Compose("Ukraine and defence", "Ada Lovelace", "COR-000007",
        [
            new TopicSection("ukraine", ["arms-aid-training", "solidarity-with-ukraine"]),
            new TopicSection("defence", ["defence-output", "veterans-rights"]),
        ]);

        Assert.Equal(1, Occurrences(draft.Text, shared));
        Assert.Contains(ParagraphText("ukraine", "solidarity-with-ukraine"), draft.Text);
        Assert.Contains(ParagraphText("defence", "veterans-rights"), draft.Text);
        Assert.Contains("contacting me about Ukraine and Defence.", draft.Text);
    }

    [Fact]
    public void Compose_NameWithAccentsAndLineBreaks_IsGreetedOnOneLineInTextAndHtml()
    {
        var draft = ComposeGaza(fromName: "Zoë\r\nÓ Súilleabháin");
        var html = _composer.RenderHtml(draft.Subject, draft.Text, "COR-000001");

        Assert.StartsWith("Dear Zoë Ó Súilleabháin,\n\n", draft.Text);
        Assert.Contains("<p>Dear Zoë Ó Súilleabháin,</p>", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void Compose_TemplateCodeInNameAndSubject_IsPrintedNeverRun()
    {
        var draft = ComposeGaza(fromName: "Ada {{ office.mp_name }}", subject: "{{ for x in 1..1000000 }}x{{ end }}");
        var html = _composer.RenderHtml(draft.Subject, draft.Text, "COR-000001");

        Assert.StartsWith("Dear Ada {{ office.mp_name }},", draft.Text);
        Assert.Equal("Re: {{ for x in 1..1000000 }}x{{ end }}", draft.Subject);
        Assert.Contains("{{ office.mp_name }}", html);
        Assert.DoesNotContain("Dear Ada Jane Example MP", draft.Text);
    }

    [Theory]
    [InlineData("Ceasefire in Gaza", "Re: Ceasefire in Gaza")]
    [InlineData("Re: Ceasefire in Gaza", "Re: Ceasefire in Gaza")]
    [InlineData("RE: Ceasefire in Gaza", "RE: Ceasefire in Gaza")]
    [InlineData("  ", "Your message to the office")]
    public void Compose_Subject_GetsOneRePrefix(string original, string expected)
    {
        var draft = ComposeGaza(subject: original);

        Assert.Equal(expected, draft.Subject);
        Assert.DoesNotContain("Re: Re:", draft.Subject, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_Draft_HasNoTemplateSyntaxAndNoBlankRuns()
    {
        var draft = ComposeGaza();

        Assert.DoesNotContain("{{", draft.Text);
        Assert.DoesNotContain("}}", draft.Text);
        Assert.DoesNotContain("\n\n\n", draft.Text);
        Assert.EndsWith("\n", draft.Text);
        Assert.Empty(draft.UnfilledPlaceholders);
    }

    [Fact]
    public void Compose_Fingerprint_IsStableForTheSameTopicsAndTemplates()
    {
        var first = ComposeGaza();
        var second = TestComposer.Create().Compose("Other", null, "COR-000001", [new TopicSection("gaza", ["recognise-palestine"])]);

        Assert.Equal(first.TemplateVersion, second.TemplateVersion);
        Assert.Equal(first.TemplateVersion, TestComposer.Create().Fingerprint(["gaza"]));
    }

    [Fact]
    public void Fingerprint_TopicTemplateEdited_ChangesThatTopicOnly()
    {
        var composer = TestComposer.Create();
        var edited = composer.Templates.Current.With("replies/topics/gaza.scriban", "On Gaza (edited):\n{{ for p in topic.paragraphs }}{{ p.text }}\n{{ end }}");

        Assert.NotEqual(composer.Fingerprint(["gaza"]), composer.Fingerprint(["gaza"], edited));
        Assert.Equal(composer.Fingerprint(["eu"]), composer.Fingerprint(["eu"], edited));
    }

    [Fact]
    public void Fingerprint_LayoutEdited_ChangesEveryTopic()
    {
        var composer = TestComposer.Create();
        var layout = composer.Templates.Current.Read("replies/reply.text.scriban")!;
        var edited = composer.Templates.Current.With("replies/reply.text.scriban", layout + "\nP.S. Thank you.\n");

        Assert.NotEqual(composer.Fingerprint(["eu"]), composer.Fingerprint(["eu"], edited));
        Assert.NotEqual(composer.Fingerprint(["ukraine", "defence"]), composer.Fingerprint(["ukraine", "defence"], edited));
    }

    [Fact]
    public void Fingerprint_PolicyWordsEdited_ChangesThatTopicOnly()
    {
        var composer = TestComposer.Create();
        var policy = composer.Templates.Current.Read("policies/gaza.md")!;
        var edited = composer.Templates.Current.With("policies/gaza.md", policy.Replace("earliest possible recognition", "immediate recognition"));
        var library = new PolicyLibrary(PolicyLibrary.Parse(edited.Policies, "test"));

        Assert.NotEqual(composer.Fingerprint(["gaza"]), composer.Fingerprint(["gaza"], edited, library));
        Assert.Equal(composer.Fingerprint(["ukraine"]), composer.Fingerprint(["ukraine"], edited, library));
    }

    [Fact]
    public void Compose_UnknownTopic_Throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            _composer.Compose("Hello", "Ada", "COR-000001", [new TopicSection("no-such-topic", ["x"])]));

    [Fact]
    public void RenderHtml_ConstituentInfluencedText_IsEscapedAndNotExecuted()
    {
        var html = _composer.RenderHtml("Re: <b>Gaza</b>", "Dear Ada,\n\n<script>alert(1)</script> and {{ 7*7 }}\n\nYours", "COR-000042");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("{{ 7*7 }}", html);
        Assert.DoesNotContain("49", html);
        Assert.Contains("&lt;b&gt;Gaza&lt;/b&gt;", html);
        Assert.Contains("COR-000042", html);
    }

    [Fact]
    public void RenderHtml_Paragraphs_BecomeParagraphElements()
    {
        var html = _composer.RenderHtml("Re: Gaza", "First para.\r\n\r\nSecond line one\nSecond line two", "COR-000042");

        Assert.Contains("<p>First para.</p>", html);
        Assert.Contains("<p>Second line one<br>\nSecond line two</p>", html);
        Assert.Contains("Jane Example MP", html);
    }

    [Fact]
    public void RenderHtml_VeryLongParagraph_IsRenderedWholeOrRefused()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("word", 5_000)) + " END";

        try
        {
            var html = _composer.RenderHtml("Re: Gaza", "Dear Ada,\n\n" + paragraph, "COR-000042");
            Assert.Contains(paragraph + "</p>", html);
        }
        catch (TemplateRenderException)
        {
            // Refusing loudly is acceptable (the sandbox's string limit); sending a silently cut letter is not.
        }
    }

    [Fact]
    public void FindPlaceholders_TextWithMarkers_FindsEachOnce()
    {
        var found = FindPlaceholders("Dear [[NAME]],\n\n[[ADD LOCAL DETAIL]] and again [[ADD LOCAL DETAIL]].\n\n[not one] [[\n]]");

        Assert.Equal(["[[NAME]]", "[[ADD LOCAL DETAIL]]"], found);
    }

    [Fact]
    public void FindPlaceholders_NoMarkers_FindsNone() =>
        Assert.Empty(FindPlaceholders("Dear Ada, thank you."));
}
