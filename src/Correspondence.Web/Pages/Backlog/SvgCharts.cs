using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Correspondence.Core.Backlog;
using Microsoft.AspNetCore.Html;

namespace Correspondence.Web.Pages.Backlog;

/// <summary>
/// Bar charts drawn on the server as SVG: no script (the CSP allows none inline), colours from backlog.css classes,
/// and each bar's numbers in a &lt;title&gt; that browsers show on hover. A table of the same numbers sits beside each chart.
/// </summary>
public static class SvgCharts
{
    private const int Width = 560, RowHeight = 22, LabelWidth = 150;

    /// <summary>One horizontal bar per tally, longest first as given.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<Tally> tallies, string barClass = "bar")
    {
        var max = Math.Max(1, tallies.Count == 0 ? 1 : tallies.Max(t => t.Count));
        var height = Math.Max(1, tallies.Count) * RowHeight + 4;
        var svg = Start(title, Width, height);
        for (var i = 0; i < tallies.Count; i++)
        {
            var t = tallies[i];
            var y = i * RowHeight + 2;
            var w = (Width - LabelWidth - 60) * (double)t.Count / max;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{E(t.Label)}: {t.Count:N0}</title>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" class=\"label\" text-anchor=\"end\">{E(Clip(t.Label, 22))}</text>")
               .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{RowHeight - 6}\" class=\"{barClass}\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 4:0.#}\" y=\"{y + 15}\" class=\"value\">{t.Count:N0}</text></g>");
        }
        return End(svg);
    }

    /// <summary>Received and replied side by side for each day or week, with a legend.</summary>
    public static IHtmlContent Flows(string title, IReadOnlyList<Flow> flows, string dateFormat)
    {
        const int height = 200, bottom = 30, top = 20;
        var max = Math.Max(1, flows.Count == 0 ? 1 : flows.Max(f => Math.Max(f.Received, f.Replied)));
        var slot = (Width - 40.0) / Math.Max(1, flows.Count);
        var bar = Math.Max(1, slot / 2 - 1);
        var svg = Start(title, Width, height);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"40\" y=\"12\" class=\"label\">max {max:N0}</text>")
           .Append("<rect x=\"380\" y=\"3\" width=\"10\" height=\"10\" class=\"bar in\"/><text x=\"394\" y=\"12\" class=\"label\">received</text>")
           .Append("<rect x=\"460\" y=\"3\" width=\"10\" height=\"10\" class=\"bar out\"/><text x=\"474\" y=\"12\" class=\"label\">replied</text>")
           .Append(CultureInfo.InvariantCulture, $"<line x1=\"40\" y1=\"{height - bottom}\" x2=\"{Width}\" y2=\"{height - bottom}\" class=\"axis\"/>");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(flows.Count / 10.0));
        for (var i = 0; i < flows.Count; i++)
        {
            var f = flows[i];
            var x = 40 + i * slot;
            var hIn = (height - bottom - top) * (double)f.Received / max;
            var hOut = (height - bottom - top) * (double)f.Replied / max;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{f.Start.ToString(dateFormat, CultureInfo.InvariantCulture)}: {f.Received:N0} received, {f.Replied:N0} replied</title>")
               .Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{height - bottom - hIn:0.#}\" width=\"{bar:0.#}\" height=\"{hIn:0.#}\" class=\"bar in\"/>")
               .Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + bar:0.#}\" y=\"{height - bottom - hOut:0.#}\" width=\"{bar:0.#}\" height=\"{hOut:0.#}\" class=\"bar out\"/></g>");
            if (i % labelEvery == 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{height - bottom + 14}\" class=\"label\">{f.Start.ToString(dateFormat, CultureInfo.InvariantCulture)}</text>");
        }
        return End(svg);
    }

    private static StringBuilder Start(string title, int width, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\"><title>{E(title)}</title>");

    private static HtmlString End(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
