using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class ConstituentConfiguration : IEntityTypeConfiguration<Constituent>
{
    public void Configure(EntityTypeBuilder<Constituent> e)
    {
        e.Property(c => c.Email).HasMaxLength(320);
        // Not unique: a family sharing one address are separate people (docs/decisions/0015-constituent-matching.md).
        e.HasIndex(c => c.Email);
        // Possible duplicates (same name, same postcode, another address) are looked up by postcode.
        e.HasIndex(c => c.Postcode);
        e.Property(c => c.Name).HasMaxLength(320);
        e.Property(c => c.Postcode).HasMaxLength(10);
    }
}
