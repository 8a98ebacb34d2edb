using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> e)
    {
        e.Property(a => a.FileName).HasMaxLength(255);
        e.Property(a => a.ContentType).HasMaxLength(127);
    }
}
