namespace Correspondence.Core.Cases;

/// <summary>A file that came with a message: always recorded, its content kept only under the size cap.</summary>
public sealed class Attachment
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>Null when the file was over Inbox:MaxStoredAttachmentBytes; the size and name are still shown.</summary>
    public byte[]? Content { get; set; }
}
