using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Inbox;

/// <summary>
/// Stores a batch of fetched mail and the mailbox checkpoint in one transaction (invariant 1): a crash before the
/// commit leaves neither, after it both, so the next read starts after the highest UID stored.
/// </summary>
public sealed class MessageIngestor(CorrespondenceDbContext db, TimeProvider clock, CaseLinker linker, BounceRecorder bounces, ILogger<MessageIngestor> log)
{
    public sealed record Fetched(long Uid, ParsedMail Mail);

    /// <summary>Stores what is not stored yet and moves the checkpoint to <paramref name="highestUid"/>; returns the new message ids.</summary>
    public async Task<IReadOnlyList<long>> StoreBatchAsync(string mailbox, long uidValidity, IReadOnlyList<Fetched> batch,
        long highestUid, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var uids = batch.Select(b => b.Uid).ToList();
        var storedUids = (await db.Messages
            .Where(m => m.Mailbox == mailbox && m.UidValidity == uidValidity && uids.Contains(m.Uid))
            .Select(m => m.Uid).ToListAsync(ct)).ToHashSet();
        // After a UIDVALIDITY change (or a drop-folder file read twice) the same mail comes back under a new key.
        var messageIds = batch.Select(b => b.Mail.MessageId).OfType<string>().Distinct().ToList();
        var storedContent = (await db.Messages
            .Where(m => m.Mailbox == mailbox && m.MessageIdHeader != null && messageIds.Contains(m.MessageIdHeader))
            .Select(m => new { m.MessageIdHeader, m.BodyHash }).ToListAsync(ct))
            .Select(m => (m.MessageIdHeader, m.BodyHash)).ToHashSet();

        var added = new List<InboundMessage>();
        var parsed = new List<ParsedMail>();
        foreach (var (uid, mail) in batch)
        {
            if (storedUids.Contains(uid)) continue;
            if (mail.MessageId is not null && !storedContent.Add((mail.MessageId, mail.BodyHash)))
            {
                log.LogInformation("Skipped {Mailbox} UID {Uid}: already stored under another UID (same Message-ID and body)", mailbox, uid);
                continue;
            }
            var message = new InboundMessage
            {
                Mailbox = mailbox,
                UidValidity = uidValidity,
                Uid = uid,
                MessageIdHeader = mail.MessageId,
                InReplyTo = mail.InReplyTo,
                References = mail.References,
                BodyHash = mail.BodyHash,
                FromName = mail.FromName,
                FromAddress = mail.FromAddress.ToLowerInvariant(),
                ReplyTo = mail.ReplyTo,
                Subject = mail.Subject,
                TextBody = mail.TextBody,
                HtmlBody = mail.HtmlBody,
                SentAt = mail.SentAt,
                ReceivedAt = now,
                IsAutomated = mail.IsAutomated,
                SizeBytes = mail.SizeBytes,
                Postcodes = string.Join(' ', mail.Postcodes),
                StatusChangedAt = now,
                Attachments = mail.Attachments
                    .Select(a => new Attachment { FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Content = a.Content })
                    .ToList(),
            };
            message.Case = await linker.FindOrOpenCaseAsync(message, added, now, ct);
            db.Messages.Add(message);
            added.Add(message);
            parsed.Add(mail);
        }

        var checkpoint = await db.MailboxCheckpoints.FindAsync([mailbox], ct);
        if (checkpoint is null)
            db.MailboxCheckpoints.Add(checkpoint = new MailboxCheckpoint { Mailbox = mailbox });
        checkpoint.UidValidity = uidValidity;
        checkpoint.HighestUid = Math.Max(uidValidity == checkpoint.UidValidity ? checkpoint.HighestUid : 0, highestUid);
        checkpoint.UpdatedAt = now;
        await db.SaveChangesAsync(ct);

        // Audit needs the ids, so it is a second write inside the same transaction.
        foreach (var (message, mail) in added.Zip(parsed))
        {
            db.Record(now, Audit.System, "received", nameof(InboundMessage), message.Id, $"{mailbox} uid {message.Uid}");
            if (mail.QuarantineReason is not null)
                db.MoveTo(message, MessageStatus.Quarantined, now, Audit.System, mail.QuarantineReason);
            else if (mail.IsAutomated)
                db.MoveTo(message, MessageStatus.Closed, now, Audit.System, "automated mail (auto-reply, bounce or list): no reply is sent");
            if (mail.BouncedMessageId is not null)
                await bounces.RecordAsync(mail.BouncedMessageId, message.Id, now, ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return added.Select(m => m.Id).ToList();
    }
}
