using System.ComponentModel.DataAnnotations;
using Correspondence.Core.Cases;

namespace Correspondence.Core.DataProtection;

/// <summary>Settings section "Retention": how long messages are kept, by status and age, and what happens then.</summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Retention";

    public bool Enabled { get; set; } = true;

    /// <summary>Each rule: messages in Status whose status last changed more than AfterDays ago are deleted or anonymised.</summary>
    public List<RetentionRule> Rules { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (rule, i) in Rules.Select((r, i) => (r, i)))
        {
            if (rule.AfterDays < 30)
                yield return new ValidationResult($"Retention:Rules:{i}:AfterDays is {rule.AfterDays}; keep letters at least 30 days.", [nameof(Rules)]);
            if (rule.Status is MessageStatus.Received or MessageStatus.Triaged or MessageStatus.Drafted or MessageStatus.Approved)
                yield return new ValidationResult($"Retention:Rules:{i}:Status is {rule.Status}, a letter still being answered; use Closed, Sent, NonConstituent, Bounced or Quarantined.", [nameof(Rules)]);
        }
    }
}

public sealed class RetentionRule
{
    public MessageStatus Status { get; set; } = MessageStatus.Closed;
    public int AfterDays { get; set; } = 6 * 365;
    public RetentionAction Action { get; set; } = RetentionAction.Delete;
}

public enum RetentionAction
{
    Delete = 0,
    /// <summary>Keeps the message's topics, status and dates (for the office's statistics); drops who wrote it and what they wrote.</summary>
    Anonymise = 1,
}
