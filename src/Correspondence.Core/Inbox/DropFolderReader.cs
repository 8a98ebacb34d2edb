using Correspondence.Core.Office;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Inbox;

/// <summary>
/// The embedded default's mailbox: *.eml files in a folder. Each file is stored (with the checkpoint as its UID
/// counter) and then moved to processed/, or to failed/ with a .reason.txt beside it. A file read twice after a
/// crash is recognised by Message-ID and body hash and not stored again.
/// </summary>
public sealed class DropFolderReader(MessageIngestor ingestor, Data.CorrespondenceDbContext db, IOptions<InboxOptions> options,
    TimeProvider clock, ILogger<DropFolderReader> log)
{
    public const string MailboxName = "dropfolder";

    public async Task<IReadOnlyList<long>> ReadOnceAsync(CancellationToken ct)
    {
        var folder = ContentPaths.Resolve(options.Value.DropFolder);
        Directory.CreateDirectory(folder);
        var processed = Directory.CreateDirectory(Path.Combine(folder, "processed")).FullName;
        var failed = Directory.CreateDirectory(Path.Combine(folder, "failed")).FullName;
        var stored = new List<long>();
        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            ParsedMail mail;
            try
            {
                await using var stream = File.OpenRead(file);
                mail = MailParser.Parse(stream, clock.GetUtcNow().UtcDateTime, options.Value.Limits);
            }
            catch (IOException ex)
            {
                log.LogWarning("Drop folder file {File} is not readable yet ({Reason}); will retry", name, ex.Message);
                continue;
            }

            var checkpoint = await db.MailboxCheckpoints.FindAsync([MailboxName], ct);
            var uid = (checkpoint?.HighestUid ?? 0) + 1;
            stored.AddRange(await ingestor.StoreBatchAsync(MailboxName, 0, [new MessageIngestor.Fetched(uid, mail)], uid, ct));
            db.ChangeTracker.Clear();

            if (mail.QuarantineReason is null)
            {
                Move(file, processed);
                log.LogInformation("Stored drop folder file {File} as UID {Uid}", name, uid);
            }
            else
            {
                var target = Move(file, failed);
                await File.WriteAllTextAsync(target + ".reason.txt", $"Quarantined: {mail.QuarantineReason}\n", ct);
                log.LogWarning("Drop folder file {File} quarantined: {Reason}. It is kept in failed/ and listed as Quarantined in the queue", name, mail.QuarantineReason);
            }
        }
        return stored;
    }

    private static string Move(string file, string folder)
    {
        var target = Path.Combine(folder, Path.GetFileName(file));
        if (File.Exists(target))
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}-{Guid.NewGuid():N}.eml");
        File.Move(file, target);
        return target;
    }
}
