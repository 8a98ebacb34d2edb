namespace Correspondence.Core.Sending;

/// <summary>
/// One row per sending account: the next free send slot and any pause the server asked for. Every job server takes
/// slots from this row by compare-and-swap, so the rate limit holds across workers and nodes (docs/decisions/0009).
/// </summary>
public sealed class SendPace
{
    public required string Account { get; set; }
    /// <summary>The earliest time the next reply may be sent; each reservation moves it on by one interval.</summary>
    public DateTime NextSlotAt { get; set; }
    /// <summary>Set when the server answered "too many": nothing is sent from this account before it.</summary>
    public DateTime? PausedUntil { get; set; }
    public string? PauseReason { get; set; }
}
