using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Sending;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Data;

/// <summary>The one DbContext. Used directly by page handlers and jobs (see docs/decisions/0001).</summary>
public sealed class CorrespondenceDbContext(DbContextOptions<CorrespondenceDbContext> options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery), shared by every web node through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<MailboxCheckpoint> MailboxCheckpoints => Set<MailboxCheckpoint>();
    public DbSet<InboundMessage> Messages => Set<InboundMessage>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<Constituent> Constituents => Set<Constituent>();
    public DbSet<TopicAssignment> TopicAssignments => Set<TopicAssignment>();
    public DbSet<PolicyMatch> PolicyMatches => Set<PolicyMatch>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<Approval> Approvals => Set<Approval>();
    public DbSet<OutboundReply> Outbox => Set<OutboundReply>();
    public DbSet<SendPace> SendPaces => Set<SendPace>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<Triage.Learning.TopicCorrection> TopicCorrections => Set<Triage.Learning.TopicCorrection>();
    public DbSet<Templates.TemplateRevision> TemplateRevisions => Set<Templates.TemplateRevision>();
    public DbSet<Campaigns.Campaign> Campaigns => Set<Campaigns.Campaign>();
    public DbSet<Campaigns.CampaignMember> CampaignMembers => Set<Campaigns.CampaignMember>();
    public DbSet<Campaigns.CampaignSignature> CampaignSignatures => Set<Campaigns.CampaignSignature>();
    public DbSet<Campaigns.CampaignBucket> CampaignBuckets => Set<Campaigns.CampaignBucket>();
    public DbSet<Holding.HoldingReply> HoldingReplies => Set<Holding.HoldingReply>();
    public DbSet<Constituency.Forwarding> Forwardings => Set<Constituency.Forwarding>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CorrespondenceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every DateTime is UTC; SQLite would otherwise hand them back as Unspecified.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
