using Correspondence.Core.Holding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class HoldingReplyConfiguration : IEntityTypeConfiguration<HoldingReply>
{
    public void Configure(EntityTypeBuilder<HoldingReply> e)
    {
        // At most one holding reply per message, even when two nodes run the job at once.
        e.HasIndex(h => h.MessageId).IsUnique();
        // The queue and the review page look for drafted ones.
        e.HasIndex(h => new { h.Status, h.MessageId });
        e.Property(h => h.Status).IsConcurrencyToken();
        e.Property(h => h.Subject).HasMaxLength(1000);
        e.Property(h => h.DecidedBy).HasMaxLength(256);
        // Erasure and retention delete the message; its holding reply goes with it.
        e.HasOne(h => h.Message).WithMany().HasForeignKey(h => h.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
