namespace Correspondence.Core.Cases;

/// <summary>A conversation with one constituent: the first message and every follow-up that joins it.</summary>
public sealed class Case
{
    public long Id { get; set; }
    public long ConstituentId { get; set; }
    public Constituent? Constituent { get; set; }
    public DateTime OpenedAt { get; set; }
    public string Subject { get; set; } = "";

    /// <summary>The reference quoted to the constituent, e.g. "COR-000042".</summary>
    public string Reference => FormatReference(Id);

    public static string FormatReference(long id) => $"COR-{id:D6}";

    public List<InboundMessage> Messages { get; set; } = [];
}
