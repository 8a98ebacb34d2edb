using Correspondence.Core.Cases;
using Correspondence.Core.Drafting;

namespace Correspondence.Core.Campaigns;

/// <summary>
/// The campaign's one draft: composed like any reply from the representative letter's topics, with {name} where each
/// member's greeting goes and {reference} for their case reference; rendered per member at release.
/// </summary>
public sealed class CampaignDrafting(ReplyComposer composer)
{
    public const string NameToken = "{name}";
    public const string ReferenceToken = "{reference}";

    public void StartDraft(Campaign campaign, InboundMessage representative, DateTime now)
    {
        var sections = representative.Topics.OrderByDescending(t => t.Confidence)
            .Select(t => new ReplyComposer.TopicSection(t.TopicId,
                representative.PolicyMatches.Where(p => p.TopicId == t.TopicId).Select(p => p.ParagraphId).ToList()))
            .ToList();
        var composed = composer.Compose(representative.Subject, null, ReferenceToken, sections);
        campaign.DraftSubject = composed.Subject;
        campaign.DraftText = composed.Text.Replace($" {GreetingName.Fallback},", $" {NameToken},");
        campaign.DraftVersion = 1;
        campaign.DraftUpdatedBy = Auditing.Audit.System;
        campaign.DraftUpdatedAt = now;
    }

    /// <summary>What stops a draft from being released to every member, or null.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "The campaign has no draft yet.";
        var missing = new[] { NameToken, ReferenceToken }.Where(t => !text.Contains(t, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            return $"Put {string.Join(" and ", missing)} in the draft: each constituent's reply needs their own name and case reference.";
        var placeholders = ReplyComposer.FindPlaceholders(text);
        return placeholders.Count > 0 ? $"Fill in the placeholders first: {string.Join(", ", placeholders)}." : null;
    }

    /// <summary>One member's reply: their greeting name and their case reference in the campaign's text.</summary>
    public static string RenderFor(string draftText, InboundMessage member) =>
        draftText.Replace(ReferenceToken, Case.FormatReference(member.CaseId), StringComparison.Ordinal)
            .Replace(NameToken, GreetingName.From(member.FromName), StringComparison.Ordinal);

    public string Fingerprint(IEnumerable<string> topicIds) => composer.Fingerprint(topicIds);
}
