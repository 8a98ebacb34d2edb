namespace Correspondence.Core.Triage;

/// <summary>
/// One topic of the MP's policy, loaded from templates/policies/{id}.md. <paramref name="NotKeywords"/> are phrases
/// that contain a keyword but are not the topic ("European Convention on Human Rights" is not the EU): the keyword
/// rule ignores the words inside them.
/// </summary>
public sealed record PolicyTopic(
    string Id,
    string Title,
    string Description,
    string Version,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<PolicyParagraph> Paragraphs,
    IReadOnlyList<string>? NotKeywords = null);

/// <summary>One citable statement in the MP's own words.</summary>
public sealed record PolicyParagraph(string TopicId, string Id, string Text);
