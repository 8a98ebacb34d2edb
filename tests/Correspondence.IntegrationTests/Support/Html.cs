using System.Net;
using System.Text.RegularExpressions;

namespace Correspondence.IntegrationTests.Support;

/// <summary>Reads the few values a form post needs out of a rendered page.</summary>
public static partial class Html
{
    public static string AntiforgeryToken(string html) => InputValue(html, "__RequestVerificationToken");

    public static string InputValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success) match = Regex.Match(html, $"<input[^>]*value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        Assert.True(match.Success, $"no input named {name} on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string TextArea(string html, string name)
    {
        var match = Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no textarea named {name} on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value).TrimStart('\n');
    }
}
