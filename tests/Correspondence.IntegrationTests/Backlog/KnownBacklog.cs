using Correspondence.Core.Backlog;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Holding;
using Correspondence.Core.Sending;

namespace Correspondence.IntegrationTests.Backlog;

/// <summary>
/// A small office whose dashboard answers were worked out by hand, as at Wednesday 9 December 2026, 12:00 UK
/// (England and Wales, target 15 working days, "about to breach" within 3):
/// received before Wed 18 Nov is past target; received 18-23 Nov is due by Mon 14 Dec.
/// Holding replies (carol@office) and an automatic acknowledgement are sent too: none of them is a letter's reply, so
/// none may count as replied or in a time to reply (they would add carol and "system", and move the medians).
/// </summary>
public static class KnownBacklog
{
    public static readonly DateTimeOffset Now = new(2026, 12, 9, 12, 0, 0, TimeSpan.Zero);

    public static async Task AddAsync(CorrespondenceDbContext db)
    {
        var constituent = new Constituent { Email = "ann@example.org", Name = "Ann", FirstSeenAt = At("2025-06-01") };
        db.Constituents.Add(constituent);
        await db.SaveChangesAsync();
        var number = 0;
        InboundMessage Message(string received, MessageStatus status, params string[] topics)
        {
            number++;
            var c = new Case { ConstituentId = constituent.Id, OpenedAt = At(received), Subject = $"letter {number}" };
            var m = new InboundMessage
            {
                Mailbox = "test", Uid = number, BodyHash = $"hash{number}", FromAddress = "ann@example.org", Subject = $"letter {number}",
                ReceivedAt = At(received), SentAt = At(received), Status = status, StatusChangedAt = At(received), Case = c,
                Topics = topics.Select(t => new TopicAssignment { TopicId = t }).ToList(),
            };
            db.Messages.Add(m);
            return m;
        }
        async Task Reply(InboundMessage m, string sent, string approver)
        {
            var draft = new Draft { MessageId = m.Id, Version = 1, Subject = "Re", TextBody = "Thank you", CreatedBy = "system", CreatedAt = m.ReceivedAt };
            db.Drafts.Add(draft);
            await db.SaveChangesAsync();
            db.Approvals.Add(new Approval { DraftId = draft.Id, ApprovedBy = approver, ApprovedAt = At(sent) });
            db.Outbox.Add(new OutboundReply
            {
                MessageId = m.Id, LetterReceivedAt = m.ReceivedAt, DraftId = draft.Id, MessageIdHeader = $"<r{m.Id}@office>", ToAddress = "ann@example.org", Subject = "Re",
                TextBody = "t", HtmlBody = "h", Status = OutboxStatus.Sent, QueuedAt = At(sent), SentAt = At(sent), ApprovedBy = approver,
            });
            await db.SaveChangesAsync();
        }

        async Task Other(InboundMessage m, OutboundKind kind, string sent, string approver)
        {
            db.Outbox.Add(new OutboundReply
            {
                MessageId = m.Id, LetterReceivedAt = m.ReceivedAt, Kind = kind, MessageIdHeader = $"<{kind}{m.Id}@office>", ToAddress = "ann@example.org",
                Subject = "Re", TextBody = "t", HtmlBody = "h", Status = OutboxStatus.Sent, QueuedAt = At(sent), SentAt = At(sent), ApprovedBy = approver,
            });
            await db.SaveChangesAsync();
        }
        async Task Holding(InboundMessage m, HoldingStatus status, string? sent = null)
        {
            var holding = new HoldingReply
            {
                MessageId = m.Id, Status = status, Subject = "Re", TextBody = "We will reply in full", DueOn = DateOnly.FromDateTime(m.ReceivedAt),
                CreatedAt = m.ReceivedAt, DecidedAt = sent is null ? null : At(sent), DecidedBy = sent is null ? null : "carol@office",
            };
            db.HoldingReplies.Add(holding);
            if (sent is not null) await Other(m, OutboundKind.Holding, sent, "carol@office");
            await db.SaveChangesAsync();
        }

        // Open.
        var first = Message("2026-11-02T10:00", MessageStatus.Drafted, "ukraine"); // 27 working days old, due 23 Nov: past target
        Message("2026-11-17T10:00", MessageStatus.NeedsTriage);             // 16 old, due 8 Dec: past target
        Message("2026-11-18T10:00", MessageStatus.Escalated, "gaza");       // 15 old, due today: about to breach
        var fourth = Message("2026-11-23T10:00", MessageStatus.Drafted, "gaza"); // 12 old, due 11 Dec: about to breach
        Message("2026-11-24T10:00", MessageStatus.Drafted, "ukraine");      // 11 old, due 15 Dec
        Message("2026-12-08T10:00", MessageStatus.Received);                // 1 old
        Message("2026-12-09T08:00", MessageStatus.Drafted, "ukraine");      // 0 old
        // Answered or closed.
        var a = Message("2026-11-30T10:00", MessageStatus.Sent, "ukraine");
        var b = Message("2026-12-01T10:00", MessageStatus.Sent, "gaza");
        var c = Message("2026-12-02T10:00", MessageStatus.Sent, "gaza");
        Message("2026-12-03T10:00", MessageStatus.Closed, "ukraine");
        var old = Message("2025-06-02T10:00", MessageStatus.Sent, "ukraine");
        await db.SaveChangesAsync();
        await Reply(a, "2026-12-03T14:00", "alice@office");   // 3 working days
        await Reply(b, "2026-12-08T09:00", "alice@office");   // 5 working days
        await Reply(c, "2026-12-04T16:00", "bob@office");     // 2 working days
        await Reply(old, "2025-06-10T09:00", "bob@office");   // outside every period below

        // Holding replies: one sent for a letter still open (1 Dec), one drafted and awaiting approval, one sent on
        // 2 Dec for b before its full reply of 8 Dec; and an acknowledgement for a on the day it came.
        await Holding(first, HoldingStatus.Approved, "2026-12-01T10:00");
        await Holding(fourth, HoldingStatus.Drafted);
        await Holding(b, HoldingStatus.Approved, "2026-12-02T09:00");
        await Other(a, OutboundKind.Acknowledgement, "2026-11-30T10:05", "system");
    }

    private static DateTime At(string utc) => DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public static BacklogFilter Period(string? topic = null, MessageStatus? status = null) =>
        new(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 9), topic, status);
}
