using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> e)
    {
        // Two people saving version N+1 of one draft collide on this key instead of overwriting each other.
        e.HasIndex(d => new { d.MessageId, d.Version }).IsUnique();
        e.Property(d => d.Subject).HasMaxLength(1000);
        e.Property(d => d.CreatedBy).HasMaxLength(256);
        e.Property(d => d.TemplateVersion).HasMaxLength(200);
        e.Property(d => d.UnfilledPlaceholders).HasMaxLength(1000);
    }
}

internal sealed class ApprovalConfiguration : IEntityTypeConfiguration<Approval>
{
    public void Configure(EntityTypeBuilder<Approval> e)
    {
        e.Property(a => a.ApprovedBy).HasMaxLength(256);
        e.HasOne(a => a.Draft).WithMany().HasForeignKey(a => a.DraftId);
        e.HasIndex(a => new { a.DraftId, a.ApprovedBy }).IsUnique();
    }
}
