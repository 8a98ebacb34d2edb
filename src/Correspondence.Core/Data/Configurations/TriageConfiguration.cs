using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class TopicAssignmentConfiguration : IEntityTypeConfiguration<TopicAssignment>
{
    public void Configure(EntityTypeBuilder<TopicAssignment> e)
    {
        e.Property(t => t.TopicId).HasMaxLength(64);
        e.Property(t => t.AssignedBy).HasMaxLength(256);
        e.Property(t => t.Evidence).HasMaxLength(2000);
        e.HasIndex(t => new { t.TopicId, t.MessageId });
        // A message's topics from the index alone (the backlog's topic counts and per-topic medians, docs/decisions/0011);
        // also serves the foreign key, so EF adds no separate MessageId index.
        e.HasIndex(t => new { t.MessageId, t.TopicId });
    }
}

internal sealed class PolicyMatchConfiguration : IEntityTypeConfiguration<PolicyMatch>
{
    public void Configure(EntityTypeBuilder<PolicyMatch> e)
    {
        e.Property(p => p.TopicId).HasMaxLength(64);
        e.Property(p => p.ParagraphId).HasMaxLength(128);
    }
}
