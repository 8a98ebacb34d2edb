using Correspondence.Core.Data;

namespace Correspondence.Core.Auditing;

/// <summary>Adds audit records to the caller's unit of work, so they commit (or roll back) with the change they describe.</summary>
public static class Audit
{
    public const string System = "system";

    public static void Record(this CorrespondenceDbContext db, DateTime at, string actor, string action,
        string entityType, object entityId, string detail = "", string? from = null) =>
        db.AuditRecords.Add(new AuditRecord
        {
            At = at,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId.ToString() ?? "",
            Detail = detail.Length > 1000 ? detail[..1000] : detail,
            FromAddress = from,
        });
}
