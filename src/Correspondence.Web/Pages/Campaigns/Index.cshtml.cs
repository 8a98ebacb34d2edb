using Correspondence.Core.Campaigns;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Campaigns;

/// <summary>Formed campaigns with their counts, most recently active first.</summary>
public sealed class IndexModel(CorrespondenceDbContext db) : PageModel
{
    public sealed record Row(long Id, string Name, string? TopicId, CampaignStatus Status, int Members, int PulledOut,
        DateTime FirstSeenAt, DateTime LastSeenAt, int Waiting);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.Campaigns.Where(c => c.Status != CampaignStatus.Forming)
            .OrderByDescending(c => c.LastSeenAt).Take(200)
            .Select(c => new Row(c.Id, c.Name, c.TopicId, c.Status, c.MemberCount, c.PulledOutCount, c.FirstSeenAt, c.LastSeenAt,
                c.Members.Count(m => !m.PulledOut && m.OutboxId == null)))
            .ToListAsync(ct);
}
