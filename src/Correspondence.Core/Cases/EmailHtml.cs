using Ganss.Xss;

namespace Correspondence.Core.Cases;

/// <summary>
/// A constituent's HTML made safe to show (invariant 4): HtmlSanitizer strips scripts, event handlers, dangerous URLs and
/// forms; anything that would fetch from another host (images, CSS url(), srcset) is removed unless remote images are
/// allowed for this message. The page that shows the result adds a sandboxed frame and its own CSP on top.
/// </summary>
public static class EmailHtml
{
    public sealed record Result(string Html, int RemoteBlocked);

    public static Result Sanitize(string html, bool allowRemoteImages)
    {
        var blocked = 0;
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("data");
        // Forms and URL lists have no place in a letter; the frame cannot submit anyway, but less is less.
        foreach (var tag in new[] { "form", "input", "button", "select", "textarea", "option", "optgroup" })
            sanitizer.AllowedTags.Remove(tag);
        sanitizer.AllowedAttributes.Remove("srcset");
        sanitizer.AllowedAttributes.Remove("ping");
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null) return;
            var isLink = e.Tag?.LocalName == "a";
            var scheme = Uri.TryCreate(e.SanitizedUrl, UriKind.Absolute, out var uri) ? uri.Scheme : "";
            if (isLink)
            {
                // A link is only followed on a click; data: links are refused (they can carry a document).
                if (scheme == "data") e.SanitizedUrl = null;
                return;
            }
            if (scheme == "data" && e.SanitizedUrl.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
                && !e.SanitizedUrl.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase))
                return;
            if (allowRemoteImages && scheme is "https" or "http" && e.Tag?.LocalName == "img") return;
            // Remote (or relative, which would hit our own server) fetches are dropped: tracking pixels, CSS beacons.
            blocked++;
            e.SanitizedUrl = null;
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } a)
                a.SetAttribute("rel", "noopener noreferrer nofollow");
        };
        var safe = sanitizer.Sanitize(html);
        return new Result(safe, blocked);
    }
}
