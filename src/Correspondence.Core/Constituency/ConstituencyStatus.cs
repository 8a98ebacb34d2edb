namespace Correspondence.Core.Constituency;

/// <summary>Whether a writer lives in the constituency, judged from the postcodes in their letters.</summary>
public enum ConstituencyStatus
{
    Unknown = 0,
    Constituent = 1,
    NotConstituent = 2,
}
