using Correspondence.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class TemplateRevisionConfiguration : IEntityTypeConfiguration<TemplateRevision>
{
    public void Configure(EntityTypeBuilder<TemplateRevision> e)
    {
        e.Property(r => r.Name).HasMaxLength(200);
        // Two admins saving the same file at once: the second gets a clear "saved meanwhile", not a silent overwrite.
        e.HasIndex(r => new { r.Name, r.Revision }).IsUnique();
        e.Property(r => r.Comment).HasMaxLength(500);
        e.Property(r => r.CreatedBy).HasMaxLength(256);
    }
}
