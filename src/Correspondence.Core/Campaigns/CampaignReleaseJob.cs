using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.Campaigns;

/// <summary>Answers a released campaign's waiting members; the sweep (every few minutes) catches members that arrived since.</summary>
public sealed class CampaignReleaseJob(CorrespondenceDbContext db, CampaignRelease release)
{
    public const string RecurringJobId = "campaign-release-sweep";

    public Task<int> RunAsync(long campaignId, CancellationToken ct) => release.AnswerWaitingAsync(campaignId, ct);

    public async Task SweepAsync(CancellationToken ct)
    {
        var released = await db.Campaigns.Where(c => c.Status == CampaignStatus.Released).Select(c => c.Id).ToListAsync(ct);
        foreach (var id in released)
            if (await release.Waiting(id).AnyAsync(ct))
                await release.AnswerWaitingAsync(id, ct);
    }
}
