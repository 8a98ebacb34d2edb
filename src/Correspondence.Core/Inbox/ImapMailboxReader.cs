using Correspondence.Core.Data;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Correspondence.Core.Inbox;

/// <summary>
/// Reads new mail from an IMAP folder: UIDs above the checkpoint, fetched and stored in batches, each batch and the
/// checkpoint in one transaction. A changed UIDVALIDITY starts again from UID 1; content de-duplication keeps the
/// mail already stored from being stored twice.
/// </summary>
public sealed class ImapMailboxReader(MessageIngestor ingestor, CorrespondenceDbContext db, IOptions<InboxOptions> options,
    TimeProvider clock, ILogger<ImapMailboxReader> log)
{
    public string MailboxName => $"imap:{options.Value.Imap.Username}@{options.Value.Imap.Host}/{options.Value.Imap.Folder}";

    public async Task<IReadOnlyList<long>> ReadOnceAsync(CancellationToken ct)
    {
        var settings = options.Value.Imap;
        using var client = await MailConnections.ConnectImapAsync(settings, ct);
        var folder = await client.GetFolderAsync(settings.Folder, ct);
        await folder.OpenAsync(FolderAccess.ReadWrite, ct);
        var stored = await ReadFolderAsync(client, folder, settings, ct);
        await client.DisconnectAsync(true, ct);
        return stored;
    }

    internal async Task<IReadOnlyList<long>> ReadFolderAsync(ImapClient client, IMailFolder folder, ImapMailboxOptions settings, CancellationToken ct)
    {
        var mailbox = MailboxName;
        var uidValidity = folder.UidValidity;
        var checkpoint = await db.MailboxCheckpoints.FindAsync([mailbox], ct);
        long after = 0;
        if (checkpoint is not null && checkpoint.UidValidity == uidValidity)
            after = checkpoint.HighestUid;
        else if (checkpoint is not null)
            log.LogWarning("UIDVALIDITY of {Mailbox} changed from {Old} to {New}: re-reading the folder, de-duplicating by Message-ID and body",
                mailbox, checkpoint.UidValidity, uidValidity);
        db.ChangeTracker.Clear();

        // "n:*" always includes the highest UID, even below n, so filter again.
        var range = new UniqueIdRange(new UniqueId(uidValidity, (uint)Math.Min(after + 1, uint.MaxValue)), UniqueId.MaxValue);
        var uids = (await folder.SearchAsync(SearchQuery.Uids(range), ct)).Where(u => u.Id > after).OrderBy(u => u.Id).ToList();
        var stored = new List<long>();
        foreach (var chunk in uids.Chunk(settings.BatchSize))
        {
            var batch = new List<MessageIngestor.Fetched>(chunk.Length);
            var now = clock.GetUtcNow().UtcDateTime;
            await ((ImapFolder)folder).GetStreamsAsync(chunk, (_, _, uid, stream, _) =>
            {
                batch.Add(new MessageIngestor.Fetched(uid.Id, MailParser.Parse(stream, now)));
                return Task.CompletedTask;
            }, ct);
            // A UID expunged between SEARCH and FETCH is simply absent; the checkpoint still moves past it.
            stored.AddRange(await ingestor.StoreBatchAsync(mailbox, uidValidity, batch, chunk[^1].Id, ct));
            db.ChangeTracker.Clear();
            await AfterStoreAsync(client, folder, chunk, settings, ct);
        }
        return stored;
    }

    private static async Task AfterStoreAsync(ImapClient client, IMailFolder folder, IList<UniqueId> uids, ImapMailboxOptions settings, CancellationToken ct)
    {
        if (settings.MarkSeen)
            await folder.AddFlagsAsync(uids, MessageFlags.Seen, true, ct);
        if (!string.IsNullOrWhiteSpace(settings.MoveToFolder))
            await folder.MoveToAsync(uids, await client.GetFolderAsync(settings.MoveToFolder, ct), ct);
    }
}
