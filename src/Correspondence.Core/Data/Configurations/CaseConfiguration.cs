using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.Ignore(c => c.Reference);
        e.Property(c => c.Subject).HasMaxLength(1000);
        e.HasOne(c => c.Constituent).WithMany().HasForeignKey(c => c.ConstituentId);
    }
}
