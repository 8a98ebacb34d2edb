using System.ComponentModel.DataAnnotations;

namespace Correspondence.Core.Office;

/// <summary>Settings section "Office": who the replies come from and what they are signed with.</summary>
public sealed class OfficeOptions
{
    public const string Section = "Office";

    [Required] public string MpName { get; set; } = "";
    [Required] public string Constituency { get; set; } = "";
    public string OfficeAddress { get; set; } = "";
    [Required] public string FromName { get; set; } = "";
    [Required, EmailAddress] public string FromAddress { get; set; } = "";
    /// <summary>The right-hand side of our Message-IDs; defaults to the domain of FromAddress.</summary>
    public string? MessageIdDomain { get; set; }
    public string Signature { get; set; } = "";

    public string ReplyDomain => string.IsNullOrWhiteSpace(MessageIdDomain)
        ? FromAddress[(FromAddress.IndexOf('@') + 1)..]
        : MessageIdDomain;
}
