using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Holding;

/// <summary>Holding replies (off by default): drafted for approval when an open item nears its reply target.</summary>
public sealed class HoldingOptions
{
    public const string Section = "Holding";

    public bool Enabled { get; set; }

    /// <summary>Draft when the reply is due within this many working days (or already overdue).</summary>
    [Range(0, 30)] public int WorkingDaysBeforeTarget { get; set; } = 3;

    /// <summary>At most this many drafted per run, so switching the feature on over a large backlog comes in waves.</summary>
    [Range(1, 100_000)] public int MaxPerRun { get; set; } = 500;
}
