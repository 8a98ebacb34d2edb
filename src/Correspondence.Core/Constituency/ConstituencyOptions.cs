namespace Correspondence.Core.Constituency;

/// <summary>Settings section "Constituency": which postcodes are the MP's constituency.</summary>
public sealed class ConstituencyOptions
{
    public const string Section = "Constituency";

    /// <summary>A file of postcode units ("EX1 2AB"), sectors ("EX1 2") or districts ("EX1"), one a line, # comments. Empty: every writer is treated as "unknown" and nothing is held back.</summary>
    public string PostcodeFile { get; set; } = "";

    /// <summary>A letter with no postcode gets a drafted "please send your postal address" reply (approved like any other) instead of a topic reply.</summary>
    public bool AskForAddress { get; set; }

    /// <summary>Other MPs' offices to forward a non-constituent's letter to: "constituency | MP's name | office email" a line. Empty: the caseworker types the address.</summary>
    public string MpDirectoryFile { get; set; } = "";
}
