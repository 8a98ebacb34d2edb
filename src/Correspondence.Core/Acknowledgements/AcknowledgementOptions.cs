using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Acknowledgements;

/// <summary>Settings section "Acknowledgement": the optional immediate "we have your email" reply.</summary>
public sealed class AcknowledgementOptions
{
    public const string Section = "Acknowledgement";

    public bool Enabled { get; set; }

    /// <summary>A sender gets at most one acknowledgement in this many hours, however many emails they send.</summary>
    [Range(1, 24 * 365)] public int PeriodHours { get; set; } = 24;
}
