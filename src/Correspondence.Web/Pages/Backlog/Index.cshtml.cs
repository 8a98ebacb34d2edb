using Correspondence.Core.Backlog;
using Correspondence.Core.Triage;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Backlog;

/// <summary>The office manager's dashboard: what is waiting, how old, what is late, what comes in and goes out, who answers what.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(BacklogReports reports, PolicyLibrary policies, Core.Data.CorrespondenceDbContext db) : PageModel
{
    public sealed record CampaignVolume(long Id, string Name, string? Topic, Core.Campaigns.CampaignStatus Status, int Members, int PulledOut,
        DateTime FirstSeen, DateTime LastSeen);

    /// <summary>The largest campaigns seen in the period (a small table: one row per campaign, not per letter).</summary>
    public IReadOnlyList<CampaignVolume> Campaigns { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public BacklogFilterForm Form { get; set; } = new();

    public BacklogReport Report { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<PolicyTopic> Topics => policies.Topics;
    public Dictionary<string, string?> Query => BacklogFilterForm.RouteValues(Report.Filter);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (filter, problems) = Form.Resolve(reports.DefaultFilter(), policies.Topics.Select(t => t.Id).ToList());
        Problems = problems;
        Report = await reports.GetAsync(filter, ct);
        var (from, to) = (filter.From.ToDateTime(TimeOnly.MinValue), filter.To.ToDateTime(TimeOnly.MaxValue));
        Campaigns = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Campaigns.Where(c => c.LastSeenAt >= from && c.FirstSeenAt <= to && c.Status != Core.Campaigns.CampaignStatus.Forming)
                .OrderByDescending(c => c.MemberCount).Take(20)
                .Select(c => new CampaignVolume(c.Id, c.Name, c.TopicId, c.Status, c.MemberCount, c.PulledOutCount, c.FirstSeenAt, c.LastSeenAt)), ct);
    }
}
