namespace Correspondence.Core.Cases;

/// <summary>A person who writes to the office, known by email address.</summary>
public sealed class Constituent
{
    public long Id { get; set; }
    /// <summary>Lower-cased address; unique.</summary>
    public required string Email { get; set; }
    public string Name { get; set; } = "";
    public string? Postcode { get; set; }
    /// <summary>The latest decision from a letter that carried a postcode.</summary>
    public Constituency.ConstituencyStatus Constituency { get; set; }
    public DateTime FirstSeenAt { get; set; }
}
