using Correspondence.Core.Campaigns;
using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> e)
    {
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.TopicId).HasMaxLength(100);
        e.Property(c => c.TopicVotes).HasMaxLength(1000);
        e.Property(c => c.DraftSubject).HasMaxLength(1000);
        e.Property(c => c.DraftUpdatedBy).HasMaxLength(256);
        e.Property(c => c.ReleasedBy).HasMaxLength(256);
        // The campaigns page lists formed campaigns, newest activity first.
        e.HasIndex(c => new { c.Status, c.LastSeenAt });
        e.HasMany(c => c.Members).WithOne(m => m.Campaign).HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        // A letter answered by a campaign points at it; the queue can leave such letters out.
        e.HasMany<InboundMessage>().WithOne(m => m.Campaign).HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CampaignMemberConfiguration : IEntityTypeConfiguration<CampaignMember>
{
    public void Configure(EntityTypeBuilder<CampaignMember> e)
    {
        e.HasIndex(m => m.MessageId).IsUnique();
        e.HasOne<InboundMessage>().WithMany().HasForeignKey(m => m.MessageId).OnDelete(DeleteBehavior.Cascade);
        // Release pages through a campaign's members by id; the page counts them by outcome.
        e.HasIndex(m => new { m.CampaignId, m.Id });
        e.Property(m => m.PullOutReason).HasMaxLength(500);
        e.Property(m => m.ReleaseProblem).HasMaxLength(2000);
        e.Ignore(m => m.AdditionList);
    }
}

internal sealed class CampaignSignatureConfiguration : IEntityTypeConfiguration<CampaignSignature>
{
    public void Configure(EntityTypeBuilder<CampaignSignature> e)
    {
        e.Property(s => s.Values).HasMaxLength(MinHash.Size * 4);
        e.HasOne(s => s.Campaign).WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => s.MessageId);
    }
}

internal sealed class CampaignBucketConfiguration : IEntityTypeConfiguration<CampaignBucket>
{
    public void Configure(EntityTypeBuilder<CampaignBucket> e)
    {
        // The key leads the primary key: finding a letter's candidates is one index seek per band.
        e.HasKey(b => new { b.Key, b.SignatureId });
        e.Property(b => b.Key).ValueGeneratedNever();
        e.HasOne(b => b.Signature).WithMany().HasForeignKey(b => b.SignatureId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(b => b.SignatureId);
    }
}
