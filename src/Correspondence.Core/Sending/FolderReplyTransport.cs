using Correspondence.Core.Office;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Correspondence.Core.Sending;

/// <summary>Writes each reply to the outbox folder as {Message-ID}.eml, atomically (temp file, then rename).</summary>
public sealed class FolderReplyTransport(IOptions<SendingOptions> options) : IReplyTransport
{
    private string Folder => Directory.CreateDirectory(ContentPaths.Resolve(options.Value.OutboxFolder)).FullName;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var target = PathFor(message.MessageId ?? throw new InvalidOperationException("A reply must have a Message-ID before it is written."));
        var temp = target + ".tmp";
        await message.WriteToAsync(FormatOptions.Default, temp, ct);
        File.Move(temp, target, overwrite: true);
    }

    public Task<bool?> WasDeliveredAsync(string messageId, CancellationToken ct) =>
        Task.FromResult<bool?>(File.Exists(PathFor(messageId)));

    private string PathFor(string messageId)
    {
        var safe = new string(messageId.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_').ToArray());
        return Path.Combine(Folder, safe + ".eml");
    }
}
