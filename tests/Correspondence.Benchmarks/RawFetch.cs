using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;

namespace Correspondence.Benchmarks;

/// <summary>The yardstick: MailKit alone fetching every full message of INBOX in 500-UID batches, nothing else done with them.</summary>
public static class RawFetch
{
    public const int BatchSize = 500;

    /// <summary>Connect, log in, SELECT, SEARCH ALL, then UID FETCH BODY.PEEK[] batch by batch, each stream read to its end.</summary>
    public static async Task<(int Messages, long Bytes, TimeSpan Elapsed)> RunAsync(Server server, Action<byte[]>? keep = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        using var client = new ImapClient { Timeout = 60_000 };
        await client.ConnectAsync(server.Host, server.Port, SecureSocketOptions.None, ct);
        await client.AuthenticateAsync(server.User, server.Password, ct);
        var inbox = (ImapFolder)client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly, ct);
        var uids = await inbox.SearchAsync(SearchQuery.All, ct);
        var (count, bytes) = (0, 0L);
        var buffer = new byte[81920];
        foreach (var chunk in uids.Chunk(BatchSize))
        {
            await inbox.GetStreamsAsync(chunk, async (_, _, _, stream, token) =>
            {
                using var copy = keep is null ? null : new MemoryStream();
                int read;
                while ((read = await stream.ReadAsync(buffer, token)) > 0)
                {
                    bytes += read;
                    copy?.Write(buffer, 0, read);
                }
                count++;
                if (copy is not null) keep!(copy.ToArray());
            }, ct);
        }
        await client.DisconnectAsync(true, ct);
        return (count, bytes, clock.Elapsed);
    }
}
