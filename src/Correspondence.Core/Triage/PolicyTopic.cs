namespace Correspondence.Core.Triage;

/// <summary>One topic of the MP's policy, loaded from templates/policies/{id}.md.</summary>
public sealed record PolicyTopic(
    string Id,
    string Title,
    string Description,
    string Version,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<PolicyParagraph> Paragraphs);

/// <summary>One citable statement in the MP's own words.</summary>
public sealed record PolicyParagraph(string TopicId, string Id, string Text);
