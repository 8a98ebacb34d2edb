using Correspondence.Core.Data;
using MailKit;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Correspondence.Core.Inbox;

/// <summary>
/// Reads new mail from an open IMAP folder: UIDs above the checkpoint, fetched and stored in batches, each batch and the
/// checkpoint in one transaction (invariant 1). A changed UIDVALIDITY starts again from UID 1; de-duplication by
/// Message-ID and body hash keeps mail already stored from being stored twice. Messages over the size cap are not
/// downloaded: their headers are stored, quarantined with the reason.
/// </summary>
public sealed class ImapMailboxReader(MessageIngestor ingestor, CorrespondenceDbContext db, IOptions<InboxOptions> options,
    TimeProvider clock, ILogger<ImapMailboxReader> log)
{
    public async Task<IReadOnlyList<long>> SyncAsync(IMailFolder folder, ImapMailboxOptions mailbox, CancellationToken ct)
    {
        var key = mailbox.Key;
        var limits = options.Value.Limits;
        var uidValidity = folder.UidValidity;
        var checkpoint = await db.MailboxCheckpoints.FindAsync([key], ct);
        long after = 0;
        if (checkpoint is not null && checkpoint.UidValidity == uidValidity)
            after = checkpoint.HighestUid;
        else if (checkpoint is not null)
            log.LogWarning("UIDVALIDITY of {Mailbox} changed from {Old} to {New}: re-reading the folder, de-duplicating by Message-ID and body",
                mailbox.DisplayName, checkpoint.UidValidity, uidValidity);
        db.ChangeTracker.Clear();
        if (after > 0)
            await FinishAfterStoreAsync(folder, uidValidity, after, mailbox, ct);

        // "n:*" always includes the highest UID, even below n, so filter again.
        var range = new UniqueIdRange(new UniqueId(uidValidity, (uint)Math.Min(after + 1, uint.MaxValue)), UniqueId.MaxValue);
        var uids = (await folder.SearchAsync(SearchQuery.Uids(range), ct)).Where(u => u.Id > after).OrderBy(u => u.Id).ToList();
        var stored = new List<long>();
        foreach (var chunk in uids.Chunk(mailbox.BatchSize))
        {
            var batch = await FetchAsync(folder, chunk, limits, ct);
            // A UID expunged between SEARCH and FETCH is simply absent; the checkpoint still moves past it.
            stored.AddRange(await ingestor.StoreBatchAsync(key, uidValidity, batch, chunk[^1].Id, ct));
            db.ChangeTracker.Clear();
            await AfterStoreAsync(folder, chunk, mailbox, ct);
        }
        if (uids.Count > 0)
            log.LogInformation("{Mailbox}: fetched {Count} message(s), stored {Stored} new", mailbox.DisplayName, uids.Count, stored.Count);
        return stored;
    }

    private async Task<List<MessageIngestor.Fetched>> FetchAsync(IMailFolder folder, IList<UniqueId> chunk, MailLimits limits, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sizes = await folder.FetchAsync(chunk, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, ct);
        var tooBig = sizes.Where(s => s.Size > limits.MaxMessageBytes).ToDictionary(s => s.UniqueId, s => (long)s.Size!.Value);
        var wanted = chunk.Where(u => !tooBig.ContainsKey(u)).ToList();

        var batch = new List<MessageIngestor.Fetched>(chunk.Count);
        if (wanted.Count > 0)
        {
            await ((MailKit.Net.Imap.ImapFolder)folder).GetStreamsAsync(wanted, (_, _, uid, stream, _) =>
            {
                batch.Add(new MessageIngestor.Fetched(uid.Id, MailParser.Parse(stream, now, limits)));
                return Task.CompletedTask;
            }, ct);
        }
        foreach (var (uid, size) in tooBig)
        {
            var headers = await folder.GetHeadersAsync(uid, ct);
            var reason = $"message is {size / 1024 / 1024} MB, over the {limits.MaxMessageBytes / 1024 / 1024} MB limit; open it in the mailbox";
            var parsed = MailParser.Parse(new MimeMessage(headers), now, limits) with { QuarantineReason = reason, SizeBytes = size };
            batch.Add(new MessageIngestor.Fetched(uid.Id, parsed));
            log.LogWarning("UID {Uid} quarantined: {Reason}", uid.Id, reason);
        }
        return batch;
    }

    /// <summary>
    /// A crash between a batch's commit and its \Seen/move leaves stored mail unmarked; the checkpoint says it is stored,
    /// so finish the job for anything at or below it.
    /// </summary>
    private static async Task FinishAfterStoreAsync(IMailFolder folder, uint uidValidity, long upTo, ImapMailboxOptions mailbox, CancellationToken ct)
    {
        if (!mailbox.MarkSeen && string.IsNullOrWhiteSpace(mailbox.MoveToFolder)) return;
        var stored = SearchQuery.Uids(new UniqueIdRange(new UniqueId(uidValidity, 1), new UniqueId(uidValidity, (uint)upTo)));
        SearchQuery query = string.IsNullOrWhiteSpace(mailbox.MoveToFolder) ? stored.And(SearchQuery.NotSeen) : stored;
        var leftover = (await folder.SearchAsync(query, ct)).Where(u => u.Id <= upTo).ToList();
        if (leftover.Count > 0)
            await AfterStoreAsync(folder, leftover, mailbox, ct);
    }

    private static async Task AfterStoreAsync(IMailFolder folder, IList<UniqueId> uids, ImapMailboxOptions mailbox, CancellationToken ct)
    {
        if (mailbox.MarkSeen)
            await folder.AddFlagsAsync(uids, MessageFlags.Seen, true, ct);
        if (!string.IsNullOrWhiteSpace(mailbox.MoveToFolder))
        {
            var parent = folder.ParentFolder ?? throw new InvalidOperationException($"{mailbox.Folder} has no parent folder to find {mailbox.MoveToFolder} in.");
            var target = await parent.GetSubfolderAsync(mailbox.MoveToFolder, ct);
            await folder.MoveToAsync(uids, target, ct);
        }
    }
}
