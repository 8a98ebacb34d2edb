using Correspondence.Core.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Correspondence.Core.Data.Configurations;

internal sealed class OutboundReplyConfiguration : IEntityTypeConfiguration<OutboundReply>
{
    public void Configure(EntityTypeBuilder<OutboundReply> e)
    {
        e.ToTable("Outbox");
        e.Property(o => o.MessageIdHeader).HasMaxLength(400);
        e.HasIndex(o => o.MessageIdHeader).IsUnique();
        // A message gets at most one live reply per approved draft.
        e.HasIndex(o => o.DraftId).IsUnique();
        e.HasIndex(o => new { o.Status, o.QueuedAt });
        // A letter's replies: the review page's history, the holding-reply job's "already answered" check.
        e.HasIndex(o => new { o.MessageId, o.Kind });
        // "At most one acknowledgement per sender per period" looks up the sender's newest one.
        e.HasIndex(o => new { o.Kind, o.ToAddress, o.QueuedAt });
        // The backlog's replies per day and per caseworker read only this index (covering; docs/decisions/0011).
        e.HasIndex(o => new { o.SentAt, o.ApprovedBy, o.MessageId });
        // The dashboard's replies and holding replies per office day, by approver and time to reply (with the letter's
        // receipt time copied onto the row), and their topics through MessageId: read from this index alone (ADR 0011).
        e.HasIndex(o => new { o.Kind, o.SentAt, o.LetterReceivedAt, o.ApprovedBy, o.MessageId });
        e.Property(o => o.InReplyTo).HasMaxLength(1000);
        e.Property(o => o.ToAddress).HasMaxLength(320);
        e.Property(o => o.ToName).HasMaxLength(320);
        e.Property(o => o.Subject).HasMaxLength(1000);
        e.Property(o => o.LastError).HasMaxLength(2000);
        e.Property(o => o.ApprovedBy).HasMaxLength(256);
        e.Property(o => o.SendingAccount).HasMaxLength(200);
        // The day limit counts an account's slots in the last 24 hours.
        e.HasIndex(o => new { o.SendingAccount, o.SlotAt });
    }
}
