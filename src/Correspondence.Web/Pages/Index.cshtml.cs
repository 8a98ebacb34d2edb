using System.Globalization;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Triage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages;

/// <summary>
/// The caseworker's queue: one status at a time, filtered by topic, age and assignee, oldest first, keyset-paged on
/// (ReceivedAt, Id) so a page costs the same at message one million as at message one.
/// </summary>
public sealed class IndexModel(CorrespondenceDbContext db, PolicyLibrary policies, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const string Me = "me";
    public const string Nobody = "nobody";

    public const string InAnyCampaign = "any";
    public const string NoCampaign = "none";

    public sealed record Row(long Id, long CaseId, DateTime ReceivedAt, string FromName, string FromAddress, string Subject,
        MessageStatus Status, string? StatusReason, string? AssignedTo, IReadOnlyList<string> Topics, string? Campaign);

    public sealed record CampaignCount(long Id, string Name, int Count);

    [BindProperty(SupportsGet = true)] public MessageStatus Status { get; set; } = MessageStatus.Drafted;
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    /// <summary>Only messages received at least this many days ago.</summary>
    [BindProperty(SupportsGet = true)] public int OlderThanDays { get; set; }
    /// <summary>"me", "nobody", a user name, or empty for anyone.</summary>
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    /// <summary>"any" (in a campaign), "none" (individual letters), a campaign id, or empty for all.</summary>
    [BindProperty(SupportsGet = true)] public string? Campaign { get; set; }
    [BindProperty(SupportsGet = true)] public Core.Constituency.ConstituencyStatus? Constituency { get; set; }
    /// <summary>Keyset cursor: the last row of the previous page as "ticks.id".</summary>
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<MessageStatus, int> Counts { get; private set; } = new Dictionary<MessageStatus, int>();
    public string? NextAfter { get; private set; }
    public IReadOnlyList<PolicyTopic> AllTopics => policies.Topics;
    public static readonly int[] Ages = [0, 2, 5, 10, 20];

    public IReadOnlyList<CampaignCount> Campaigns { get; private set; } = [];

    private static readonly MessageStatus[] CaseworkerTabs =
    [
        MessageStatus.Drafted, MessageStatus.NeedsTriage, MessageStatus.Escalated, MessageStatus.NonConstituent, MessageStatus.Approved,
        MessageStatus.Sent, MessageStatus.SendFailed, MessageStatus.PossiblySent, MessageStatus.Quarantined, MessageStatus.Closed,
    ];

    /// <summary>Managers see escalated mail (threats, self-harm, abuse) first; everyone else starts at the drafts.</summary>
    public IReadOnlyList<MessageStatus> Tabs => IsManager
        ? [MessageStatus.Escalated, .. CaseworkerTabs.Where(t => t != MessageStatus.Escalated)]
        : CaseworkerTabs;

    private bool IsManager => User.IsInRole(Core.Access.Roles.Manager) || User.IsInRole(Core.Access.Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filtered = Filtered();
        // Counts per status under the other filters, so each tab says how much is behind it (Sent and Closed capped).
        Counts = await StatusCounts.CountAsync(filtered, ct);
        if (!Request.Query.ContainsKey("status") && IsManager && Counts.GetValueOrDefault(MessageStatus.Escalated) > 0)
            Status = MessageStatus.Escalated;
        var page = filtered.Where(m => m.Status == Status);
        // The campaigns behind this tab, largest first, so a caseworker can take a campaign's letters together. Not on
        // Sent and Closed: nothing is left to take there, and grouping the whole archive would cost a scan.
        var campaigns = StatusCounts.History.Contains(Status) ? [] : await page.Where(m => m.CampaignId != null).GroupBy(m => m.CampaignId)
            .Select(g => new { Id = g.Key!.Value, Count = g.Count() }).OrderByDescending(g => g.Count).Take(10).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var names = await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        Campaigns = campaigns.Select(c => new CampaignCount(c.Id, names.GetValueOrDefault(c.Id, $"campaign {c.Id}"), c.Count)).ToList();
        if (ParseCursor(After) is var (at, id))
            page = page.Where(m => m.ReceivedAt > at || (m.ReceivedAt == at && m.Id > id));
        var rows = await page
            .OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id)
            .Take(PageSize + 1)
            .Select(m => new Row(m.Id, m.CaseId, m.ReceivedAt, m.FromName, m.FromAddress, m.Subject, m.Status, m.StatusReason, m.AssignedTo,
                m.Topics.Select(t => t.TopicId).ToList(), m.Campaign != null ? m.Campaign.Name : null))
            .ToListAsync(ct);
        Rows = rows.Take(PageSize).ToList();
        NextAfter = rows.Count > PageSize ? $"{Rows[^1].ReceivedAt.Ticks}.{Rows[^1].Id}" : null;
        await LoadHoldingAsync(ct);
    }

    /// <summary>Holding replies waiting for approval (Core/Holding): how many, and the oldest few to open.</summary>
    public int HoldingWaitingCount { get; private set; }
    public IReadOnlyList<(long MessageId, long CaseId)> HoldingWaiting { get; private set; } = [];

    private async Task LoadHoldingAsync(CancellationToken ct)
    {
        var waiting = db.HoldingReplies.Where(h => h.Status == Core.Holding.HoldingStatus.Drafted);
        HoldingWaitingCount = await waiting.CountAsync(ct);
        if (HoldingWaitingCount == 0) return;
        HoldingWaiting = (await waiting.OrderBy(h => h.MessageId).Take(10)
            .Select(h => new { h.MessageId, h.Message!.CaseId }).ToListAsync(ct))
            .Select(h => (h.MessageId, h.CaseId)).ToList();
    }

    /// <summary>The query string of this view with some values changed (for tabs, filters and the next page).</summary>
    public string Link(MessageStatus? status = null, string? after = null, string? campaign = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = (status ?? Status).ToString(),
            ["topic"] = Topic,
            ["olderThanDays"] = OlderThanDays > 0 ? OlderThanDays.ToString(CultureInfo.InvariantCulture) : null,
            ["assignee"] = Assignee,
            ["campaign"] = campaign ?? Campaign,
            ["constituency"] = Constituency?.ToString(),
            ["after"] = after,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private IQueryable<InboundMessage> Filtered()
    {
        var q = db.Messages.AsNoTracking();
        if (!string.IsNullOrEmpty(Topic)) q = q.Where(m => m.Topics.Any(t => t.TopicId == Topic));
        if (OlderThanDays > 0)
        {
            var before = clock.GetUtcNow().UtcDateTime.AddDays(-OlderThanDays);
            q = q.Where(m => m.ReceivedAt < before);
        }
        q = Campaign switch
        {
            null or "" => q,
            InAnyCampaign => q.Where(m => m.CampaignId != null),
            NoCampaign => q.Where(m => m.CampaignId == null),
            var id when long.TryParse(id, CultureInfo.InvariantCulture, out var campaignId) => q.Where(m => m.CampaignId == campaignId),
            _ => q,
        };
        if (Constituency is { } constituency) q = q.Where(m => m.Constituency == constituency);
        var me = User.Identity?.Name;
        q = Assignee switch
        {
            null or "" => q,
            Me => q.Where(m => m.AssignedTo == me),
            Nobody => q.Where(m => m.AssignedTo == null),
            var user => q.Where(m => m.AssignedTo == user),
        };
        return q;
    }

    private static (DateTime At, long Id)? ParseCursor(string? after)
    {
        var parts = (after ?? "").Split('.');
        return parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) && ticks >= 0 && ticks <= DateTime.MaxValue.Ticks
            && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var id)
            ? (new DateTime(ticks, DateTimeKind.Utc), id) : null;
    }
}
