using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Correspondence.Core.Campaigns;

/// <summary>
/// Releases a campaign's reviewed draft: every remaining member gets the draft with its own greeting and reference as
/// a new draft version, approved through <see cref="ReplyApproval"/> exactly as a caseworker's approval (outbox row in
/// the approval's transaction, pacing and the send job as for any reply). A member already answered, escalated or
/// pulled out is left alone. Members that join after release are answered with the released draft on arrival.
/// Safe to run twice: a member with an outbox row is done, and its own draft is reused.
/// </summary>
public sealed class CampaignRelease(CorrespondenceDbContext db, ReplyApproval approval, CampaignDrafting drafting,
    IBackgroundJobClient jobs, TimeProvider clock, ILogger<CampaignRelease> log)
{
    public sealed record Result(bool Released, string? Problem);

    /// <param name="draftVersion">The version the approver reviewed; a newer one means someone changed it since.</param>
    public async Task<Result> ReleaseAsync(long campaignId, int draftVersion, string actor, string? from, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return new Result(false, "This campaign no longer exists.");
        if (campaign.Status == CampaignStatus.Forming) return new Result(false, "This campaign has not formed yet.");
        if (campaign.DraftVersion != draftVersion)
            return new Result(false, $"The draft was changed (now version {campaign.DraftVersion}, you reviewed version {draftVersion}) by {campaign.DraftUpdatedBy}. Review it again.");
        if (CampaignDrafting.Problem(campaign.DraftText) is { } problem) return new Result(false, problem);

        var now = clock.GetUtcNow().UtcDateTime;
        campaign.Status = CampaignStatus.Released;
        campaign.ReleasedAt = now;
        campaign.ReleasedBy = actor;
        campaign.ReleasedDraftVersion = campaign.DraftVersion;
        db.Record(now, actor, "campaign:released", nameof(Campaign), campaign.Id,
            $"draft v{campaign.DraftVersion} released to {campaign.MemberCount} members", from);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<CampaignReleaseJob>(j => j.RunAsync(campaign.Id, CancellationToken.None));
        return new Result(true, null);
    }

    /// <summary>Answers every member still waiting; returns how many were approved.</summary>
    public async Task<int> AnswerWaitingAsync(long campaignId, CancellationToken ct)
    {
        var approved = 0;
        var after = 0L;
        while (true)
        {
            db.ChangeTracker.Clear();
            var page = await Waiting(campaignId).Where(m => m.Id > after).OrderBy(m => m.Id).Select(m => m.Id).Take(200).ToListAsync(ct);
            if (page.Count == 0) return approved;
            foreach (var memberId in page)
            {
                ct.ThrowIfCancellationRequested();
                if (await AnswerAsync(memberId, ct)) approved++;
            }
            after = page[^1];
        }
    }

    /// <summary>Members of a released campaign not yet answered and still waiting (Drafted or NeedsTriage), while the saved draft is the released one.</summary>
    public IQueryable<CampaignMember> Waiting(long campaignId) =>
        db.CampaignMembers.Where(m => m.CampaignId == campaignId && !m.PulledOut && m.OutboxId == null && m.ReleaseProblem == null
            && m.Campaign!.Status == CampaignStatus.Released
            // An edit saved after release is not sent until it is released too.
            && m.Campaign.DraftVersion == m.Campaign.ReleasedDraftVersion
            && db.Messages.Any(x => x.Id == m.MessageId && x.CampaignId == campaignId
                && (x.Status == MessageStatus.Drafted || x.Status == MessageStatus.NeedsTriage)));

    private async Task<bool> AnswerAsync(long memberId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var member = await db.CampaignMembers.Include(m => m.Campaign).SingleAsync(m => m.Id == memberId, ct);
        var campaign = member.Campaign!;
        var message = await db.Messages.Include(m => m.Drafts).Include(m => m.Topics).SingleAsync(m => m.Id == member.MessageId, ct);
        var actor = campaign.ReleasedBy ?? Audit.System;
        var now = clock.GetUtcNow().UtcDateTime;
        var text = CampaignDrafting.RenderFor(campaign.DraftText!, message);
        var newest = message.Drafts.OrderByDescending(d => d.Version).FirstOrDefault();
        if (newest is null || newest.TextBody != text || newest.Subject != campaign.DraftSubject)
        {
            newest = new Draft
            {
                Version = (newest?.Version ?? 0) + 1,
                Subject = campaign.DraftSubject ?? "",
                TextBody = text,
                // Reviewed as the campaign's draft at release: current for this member's topics.
                TemplateVersion = drafting.Fingerprint(message.Topics.Select(t => t.TopicId)),
                CreatedAt = now,
                CreatedBy = actor,
            };
            message.Drafts.Add(newest);
            if (message.Status == MessageStatus.NeedsTriage)
                db.MoveTo(message, MessageStatus.Drafted, now, actor, $"answered by campaign {campaign.Id}");
            db.Record(now, actor, "campaign:drafted", nameof(InboundMessage), message.Id, $"campaign {campaign.Id} draft v{campaign.ReleasedDraftVersion}");
            await db.SaveChangesAsync(ct);
        }

        var result = await approval.ApproveAsync(message.Id, newest.Version, actor, null, ct);
        member.ReleasedAt = now;
        member.OutboxId = result.OutboxId;
        member.ReleaseProblem = result.Approved ? null : result.Problem;
        if (!result.Approved) log.LogWarning("Campaign {CampaignId}: message {MessageId} not approved: {Problem}", campaign.Id, message.Id, result.Problem);
        await db.SaveChangesAsync(ct);
        return result.Approved;
    }
}
