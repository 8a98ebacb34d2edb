namespace Correspondence.Core.Cases;

/// <summary>One version of the reply to a message. Edits add a version; the newest is the one reviewed.</summary>
public sealed class Draft
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public int Version { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    /// <summary>Template and policy versions the draft was built from, so a template change can mark it stale.</summary>
    public string TemplateVersion { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>Placeholders that could not be filled; a draft with any cannot be approved.</summary>
    public string UnfilledPlaceholders { get; set; } = "";
}
