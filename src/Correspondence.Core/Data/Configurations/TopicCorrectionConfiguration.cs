using Correspondence.Core.Cases;
using Correspondence.Core.Triage.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class TopicCorrectionConfiguration : IEntityTypeConfiguration<TopicCorrection>
{
    public void Configure(EntityTypeBuilder<TopicCorrection> e)
    {
        e.Property(c => c.Labels).HasMaxLength(500);
        e.Property(c => c.CorrectedBy).HasMaxLength(256);
        e.HasIndex(c => c.MessageId);
        e.HasOne<InboundMessage>().WithMany().HasForeignKey(c => c.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
