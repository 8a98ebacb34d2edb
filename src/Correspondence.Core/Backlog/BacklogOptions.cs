using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Backlog;

/// <summary>The UK's bank-holiday regions; an office keeps the holidays of the region it sits in.</summary>
public enum UkRegion
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

/// <summary>Settings section "Backlog": the office's reply target in working days and what counts as a working day.</summary>
public sealed class BacklogOptions : IValidatableObject
{
    public const string Section = "Backlog";

    /// <summary>Whose bank holidays are not working days.</summary>
    public UkRegion Region { get; set; } = UkRegion.EnglandAndWales;

    /// <summary>IANA id of the office's clock; days start at its midnight, not UTC's.</summary>
    [Required] public string TimeZone { get; set; } = "Europe/London";

    /// <summary>A reply is due by the end of this many working days after the day the message arrived.</summary>
    [Range(1, 100)] public int ReplyTargetWorkingDays { get; set; } = 15;

    /// <summary>An open item with this many working days or fewer left is "about to breach".</summary>
    [Range(0, 99)] public int DueSoonWorkingDays { get; set; } = 3;

    /// <summary>How long a computed dashboard is reused for the same filters; 0 computes every request.</summary>
    [Range(0, 3600)] public int CacheSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DueSoonWorkingDays >= ReplyTargetWorkingDays)
            yield return new ValidationResult(
                $"Backlog:DueSoonWorkingDays ({DueSoonWorkingDays}) must be less than Backlog:ReplyTargetWorkingDays ({ReplyTargetWorkingDays}).",
                [nameof(DueSoonWorkingDays)]);
        if (!Enum.IsDefined(Region))
            yield return new ValidationResult("Backlog:Region must be EnglandAndWales, Scotland or NorthernIreland.", [nameof(Region)]);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult(
                $"Backlog:TimeZone '{TimeZone}' is not a time zone this machine knows; use an IANA id such as Europe/London.",
                [nameof(TimeZone)]);
    }
}
