using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class ConstituentConfiguration : IEntityTypeConfiguration<Constituent>
{
    public void Configure(EntityTypeBuilder<Constituent> e)
    {
        e.Property(c => c.Email).HasMaxLength(320);
        e.HasIndex(c => c.Email).IsUnique();
        e.Property(c => c.Name).HasMaxLength(320);
        e.Property(c => c.Postcode).HasMaxLength(10);
    }
}
