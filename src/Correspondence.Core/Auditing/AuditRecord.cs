namespace Correspondence.Core.Auditing;

/// <summary>Who did what to which record, when (UTC) and from where. Never holds message bodies or secrets.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Detail { get; set; } = "";
    public string? FromAddress { get; set; }
}
