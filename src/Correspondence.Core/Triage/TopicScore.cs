namespace Correspondence.Core.Triage;

/// <summary>A classifier's view of one topic for one message; Evidence is what a caseworker is shown.</summary>
public sealed record TopicScore(string TopicId, double Confidence, IReadOnlyList<string> Evidence);
