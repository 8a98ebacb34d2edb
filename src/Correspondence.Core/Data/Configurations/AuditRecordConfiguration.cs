using Correspondence.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> e)
    {
        e.ToTable("AuditRecords");
        e.Property(a => a.Actor).HasMaxLength(256);
        e.Property(a => a.Action).HasMaxLength(100);
        e.Property(a => a.EntityType).HasMaxLength(100);
        e.Property(a => a.EntityId).HasMaxLength(100);
        e.Property(a => a.Detail).HasMaxLength(1000);
        e.Property(a => a.FromAddress).HasMaxLength(100);
        e.HasIndex(a => a.At);
        e.HasIndex(a => new { a.EntityType, a.EntityId });
        // The audit browser's "by actor" filter, newest first and keyset-paged on Id: a seek, not a scan of every record.
        e.HasIndex(a => new { a.Actor, a.Id });
    }
}
