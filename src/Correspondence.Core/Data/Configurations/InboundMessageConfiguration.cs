using Correspondence.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> e)
    {
        e.ToTable("Messages");
        e.Property(m => m.Mailbox).HasMaxLength(200);
        // Invariant 1: a message in a mailbox is stored exactly once.
        e.HasIndex(m => new { m.Mailbox, m.UidValidity, m.Uid }).IsUnique();
        // Message-IDs can be up to 998 characters; 400 keeps the index inside SQL Server's key limit.
        e.Property(m => m.MessageIdHeader).HasMaxLength(400);
        e.HasIndex(m => m.MessageIdHeader);
        // Follow-up linking looks up a sender's recent messages for every message ingested.
        e.HasIndex(m => new { m.FromAddress, m.ReceivedAt });
        e.Property(m => m.BodyHash).HasMaxLength(64);
        e.Property(m => m.InReplyTo).HasMaxLength(1000);
        e.Property(m => m.FromAddress).HasMaxLength(320);
        e.Property(m => m.FromName).HasMaxLength(320);
        e.Property(m => m.ReplyTo).HasMaxLength(320);
        e.Property(m => m.Subject).HasMaxLength(1000);
        e.Property(m => m.StatusReason).HasMaxLength(2000);
        // The queue's main access path: by status, oldest first, keyset on Id.
        e.HasIndex(m => new { m.Status, m.ReceivedAt, m.Id });
        // The queue filtered by assignee ("mine"), same order.
        e.Property(m => m.AssignedTo).HasMaxLength(256);
        e.HasIndex(m => new { m.AssignedTo, m.Status, m.ReceivedAt, m.Id });
        // The backlog's inflow per day: a range of ReceivedAt over every status (docs/decisions/0011).
        e.HasIndex(m => m.ReceivedAt);
        e.HasOne(m => m.Case).WithMany(c => c.Messages).HasForeignKey(m => m.CaseId);
        e.HasMany(m => m.Topics).WithOne().HasForeignKey(t => t.MessageId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.PolicyMatches).WithOne().HasForeignKey(p => p.MessageId).OnDelete(DeleteBehavior.Cascade);
        e.Property(m => m.Postcodes).HasMaxLength(200);
        e.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.Drafts).WithOne().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
