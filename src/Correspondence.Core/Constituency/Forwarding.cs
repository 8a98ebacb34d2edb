namespace Correspondence.Core.Constituency;

/// <summary>
/// A non-constituent's letter to be passed to their own MP's office: prepared with the note to the writer, sent (with
/// the letter attached) only when that note is approved. The constituent's personal data goes to a third party, so
/// this row is part of what the office holds about them (subject access) and each step is audited.
/// </summary>
public sealed class Forwarding
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public required string ToName { get; set; }
    public required string ToAddress { get; set; }
    public string ToConstituency { get; set; } = "";
    /// <summary>The covering note to the other office, rendered from templates/replies/forward-cover.text.scriban.</summary>
    public required string CoveringNote { get; set; }
    public DateTime PreparedAt { get; set; }
    public required string PreparedBy { get; set; }
    /// <summary>The outbox row written at approval; null while the forward waits for the note to be approved.</summary>
    public long? OutboxId { get; set; }
}
