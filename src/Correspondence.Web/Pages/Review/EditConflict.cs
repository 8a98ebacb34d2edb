using Correspondence.Core.Cases;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Correspondence.Web.Pages.Review;

/// <summary>Someone saved a newer version while this person edited: who, which version, and the line diff (theirs -> yours).</summary>
public sealed record EditConflict(string TheirAuthor, int TheirVersion, IReadOnlyList<EditConflict.Line> Lines)
{
    public enum Kind { Same, OnlyTheirs, OnlyYours }

    public sealed record Line(Kind Kind, string Text);

    public static EditConflict Between(Draft theirs, string yours)
    {
        var diff = InlineDiffBuilder.Diff(theirs.TextBody, yours.Replace("\r\n", "\n").Trim() + "\n", ignoreWhiteSpace: false);
        var lines = diff.Lines.Select(l => new Line(l.Type switch
        {
            ChangeType.Deleted => Kind.OnlyTheirs,
            ChangeType.Inserted => Kind.OnlyYours,
            _ => Kind.Same,
        }, l.Text)).ToList();
        return new EditConflict(theirs.CreatedBy, theirs.Version, lines);
    }
}
