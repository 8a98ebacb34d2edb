using System.Text.RegularExpressions;

namespace Correspondence.Core.Campaigns;

/// <summary>
/// Transparent phrase rules over a member's own additions: a personal situation, a request for help, or a
/// safeguarding concern means a person must read the letter, so it leaves the campaign for individual review.
/// Opinions ("I feel strongly", "as a grandmother") are not casework. Each rule names itself in the reason shown.
/// </summary>
public static partial class CaseworkRules
{
    public sealed record Rule(string Kind, Regex Pattern);

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("safeguarding concern", Safeguarding()),
        new("request for help", HelpRequest()),
        new("personal situation", Situation()),
    ];

    /// <summary>The first rule an addition meets, as "kind: 'phrase'", or null when none looks like casework.</summary>
    public static string? Match(IEnumerable<string> additions)
    {
        foreach (var sentence in additions)
            foreach (var rule in Rules)
                if (rule.Pattern.Match(sentence) is { Success: true } m)
                    return $"{rule.Kind}: \u201C{m.Value.Trim()}\u201D";
        return null;
    }

    [GeneratedRegex(@"\b(suicid\w*|kill (myself|himself|herself)|end (my|his|her) (own )?life|self[- ]harm\w*|harm(ing)? (myself|himself|herself)|abus(e|ed|ive|ing)|domestic violence|violent (partner|husband|wife)|(not|don'?t|do not|never) feel safe|not safe|unsafe at home|in danger|threat(s|ened|ening) (to|me|us|my)|afraid for (my|our) (life|lives|safety)|scared for (my|our) (life|lives|safety)|groom(ed|ing)|exploit(ed|ation)|can'?t go on|no reason to live)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Safeguarding();

    [GeneratedRegex(@"\b((can|could|would|will) you (please )?(help|assist|intervene|look into|contact|write to|chase|raise my|take up)|please help|help me|help us|need (your |urgent )?help|desperate(ly)?|urgent(ly)?|on my behalf|my case\b|case (number|reference)|reference number|i have (been waiting|waited|written|called|phoned|emailed) (\w+ ){0,3}(times|months|weeks|since|for)|no one (has )?(replied|responded|helped)|nobody (has )?(replied|responded|helped))\b", RegexOptions.IgnoreCase)]
    private static partial Regex HelpRequest();

    [GeneratedRegex(@"\b((my|our) (visa|asylum|benefits?|universal credit|pip|pension|landlord|tenancy|eviction|council tax|housing|flat|home office|application|appeal|operation|appointment|debts?|rent|mortgage|job centre|immigration status)|(my|our) (family|relatives|parents|children|grandparents|son|daughter|sister|brother|mother|father) (in|from|still in) (gaza|rafah|ukraine|kyiv|kharkiv|israel|the west bank|lebanon|sudan)|lost (their|our|my|his|her) (home|house|job|benefits)|i am (being )?(evicted|homeless|detained|stranded|stuck|unable to (work|pay|get|leave))|(evicted|eviction notice|homeless|detained|deported|deportation|stranded|trapped|stuck) (in|from|at|by|next|on|with)?|(my|our) (son|daughter|husband|wife|partner|mother|mum|father|dad|brother|sister|parents|grandparents|family|relatives|children|child|cousin|uncle|aunt|nephew|niece|grandson|granddaughter) (is|are|was|were|has|have|had|can'?t|cannot|still|remain|lives?|live|lost)( \w+){0,6} (in|stuck|trapped|missing|detained|killed|injured|waiting|refused|visa|hospital|gaza|ukraine|kyiv|kharkiv|rafah|israel|west bank))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Situation();
}
