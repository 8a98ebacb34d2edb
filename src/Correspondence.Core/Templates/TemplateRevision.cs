namespace Correspondence.Core.Templates;

/// <summary>
/// One saved version of a reply template or policy file, edited by an admin in the UI. The newest revision of a file
/// overrides the file shipped in templates/; revisions are never changed or deleted, so every draft can be traced to
/// the words it was built from.
/// </summary>
public sealed class TemplateRevision
{
    public long Id { get; set; }
    /// <summary>Path under templates/, with forward slashes: "replies/reply.text.scriban", "policies/gaza.md".</summary>
    public required string Name { get; set; }
    public int Revision { get; set; }
    public required string Content { get; set; }
    /// <summary>Why the admin changed it (shown in the history).</summary>
    public string Comment { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
