using Correspondence.Core.Auditing;
using Correspondence.Core.Campaigns;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Sending;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Pages.Campaigns;

/// <summary>
/// One campaign: its text, the one draft (caseworkers edit it), a random sample of members with what they added, the
/// members taken out, and release (managers only: one text to thousands of people) with per-member results.
/// </summary>
public sealed class DetailsModel(CorrespondenceDbContext db, IOptions<CampaignOptions> options, TimeProvider clock) : PageModel
{
    public sealed record Sample(long MessageId, long CaseId, string FromName, string FromAddress, IReadOnlyList<(string Sentence, bool Added)> Sentences);
    public sealed record Outcome(long MessageId, long CaseId, string FromAddress, string Problem);
    public sealed record PulledOutRow(long MessageId, long CaseId, string FromAddress, string Reason, IReadOnlyList<string> Additions);

    public Campaign Campaign { get; private set; } = null!;
    public IReadOnlyList<Sample> Samples { get; private set; } = [];
    public IReadOnlyList<PulledOutRow> PulledOut { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Results { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyList<Outcome> Failed { get; private set; } = [];
    public bool CanRelease { get; private set; }
    public string? DraftProblem => CampaignDrafting.Problem(DraftText);

    [BindProperty] public string DraftText { get; set; } = "";
    [BindProperty] public int DraftVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, [FromServices] IAuthorizationService auth, CancellationToken ct)
    {
        if (!await LoadAsync(id, auth, ct)) return NotFound();
        DraftText = Campaign.DraftText ?? "";
        DraftVersion = Campaign.DraftVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long id, [FromServices] IAuthorizationService auth, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return NotFound();
        if (campaign.DraftVersion != DraftVersion)
            return await ProblemAsync(id, auth, $"The draft was changed by {campaign.DraftUpdatedBy} (now version {campaign.DraftVersion}); your text is below, compare before saving again.", ct);
        if (string.IsNullOrWhiteSpace(DraftText))
            return await ProblemAsync(id, auth, "The draft cannot be empty.", ct);
        var now = clock.GetUtcNow().UtcDateTime;
        campaign.DraftText = DraftText.Replace("\r\n", "\n").Trim() + "\n";
        campaign.DraftVersion++;
        campaign.DraftUpdatedBy = Actor;
        campaign.DraftUpdatedAt = now;
        db.Record(now, Actor, "campaign:draft-saved", nameof(Campaign), campaign.Id, $"draft v{campaign.DraftVersion}", From);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = $"Saved as version {campaign.DraftVersion}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReleaseAsync(long id, [FromServices] IAuthorizationService auth, [FromServices] CampaignRelease release, CancellationToken ct)
    {
        if (!(await auth.AuthorizeAsync(User, Policies.Manager)).Succeeded) return Forbid();
        var result = await release.ReleaseAsync(id, DraftVersion, Actor, From, ct);
        if (!result.Released) return await ProblemAsync(id, auth, result.Problem!, ct);
        TempData["Flash"] = "Released: every member's own reply is being approved into the outbox; results appear below as they go.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ProblemAsync(long id, IAuthorizationService auth, string problem, CancellationToken ct)
    {
        if (!await LoadAsync(id, auth, ct)) return NotFound();
        TempData["Problem"] = null;
        ViewData["Problem"] = problem;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, IAuthorizationService auth, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return false;
        Campaign = campaign;
        CanRelease = (await auth.AuthorizeAsync(User, Policies.Manager)).Succeeded;
        var text = campaign.RepresentativeText.Split('\n');

        var sample = await db.CampaignMembers.Where(m => m.CampaignId == id && !m.PulledOut)
            .OrderBy(_ => EF.Functions.Random()).Take(options.Value.SampleSize)
            .Join(db.Messages, m => m.MessageId, x => x.Id, (m, x) => new { x.Id, x.CaseId, x.FromName, x.FromAddress, x.TextBody })
            .ToListAsync(ct);
        Samples = sample.Select(s => new Sample(s.Id, s.CaseId, s.FromName, s.FromAddress,
            PersonalAdditions.Mark(LetterText.Sentences(s.TextBody), text))).ToList();

        var pulled = await db.CampaignMembers.Where(m => m.CampaignId == id && m.PulledOut).OrderBy(m => m.Id).Take(500)
            .Join(db.Messages, m => m.MessageId, x => x.Id, (m, x) => new { x.Id, x.CaseId, x.FromAddress, m.PullOutReason, m.Additions })
            .ToListAsync(ct);
        PulledOut = pulled.Select(p => new PulledOutRow(p.Id, p.CaseId, p.FromAddress, p.PullOutReason ?? "",
            p.Additions.Split('\n', StringSplitOptions.RemoveEmptyEntries))).ToList();

        var outcomes = await db.CampaignMembers.Where(m => m.CampaignId == id && !m.PulledOut)
            .Select(m => new
            {
                m.ReleaseProblem,
                Status = db.Outbox.Where(o => o.Id == m.OutboxId).Select(o => (OutboxStatus?)o.Status).FirstOrDefault(),
            })
            .GroupBy(m => new { Refused = m.ReleaseProblem != null, m.Status })
            .Select(g => new { g.Key.Refused, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        Results = outcomes.GroupBy(o => o.Refused ? "not approved" : o.Status?.ToString() ?? "waiting")
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

        Failed = await db.CampaignMembers.Where(m => m.CampaignId == id && !m.PulledOut && (m.ReleaseProblem != null
                || db.Outbox.Any(o => o.Id == m.OutboxId && (o.Status == OutboxStatus.Failed || o.Status == OutboxStatus.PossiblySent || o.Status == OutboxStatus.Bounced))))
            .OrderBy(m => m.Id).Take(200)
            .Join(db.Messages, m => m.MessageId, x => x.Id, (m, x) => new Outcome(x.Id, x.CaseId, x.FromAddress,
                m.ReleaseProblem ?? db.Outbox.Where(o => o.Id == m.OutboxId).Select(o => o.Status.ToString() + ": " + (o.LastError ?? "")).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
        return true;
    }

    private string Actor => User.Identity?.Name ?? "unknown";
    private string? From => HttpContext.Connection.RemoteIpAddress?.ToString();
}
