using Correspondence.Core.Constituency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class ForwardingConfiguration : IEntityTypeConfiguration<Forwarding>
{
    public void Configure(EntityTypeBuilder<Forwarding> e)
    {
        e.ToTable("Forwardings");
        e.HasOne<Cases.InboundMessage>().WithMany().HasForeignKey(f => f.MessageId);
        e.HasIndex(f => new { f.MessageId, f.OutboxId });
        e.Property(f => f.ToName).HasMaxLength(ForwardRecipient.MaxNameLength);
        e.Property(f => f.ToConstituency).HasMaxLength(ForwardRecipient.MaxNameLength);
        e.Property(f => f.ToAddress).HasMaxLength(320);
        e.Property(f => f.PreparedBy).HasMaxLength(256);
    }
}
