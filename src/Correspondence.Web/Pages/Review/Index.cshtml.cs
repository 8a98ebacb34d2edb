using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Holding;
using Correspondence.Core.Sending;
using Correspondence.Core.Triage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Review;

/// <summary>
/// Review one message: the constituent's email, why these topics and paragraphs, the editable draft, the history; and
/// every action on it (approve and send, save, change topic, close, escalate, assign, next). Each action is a POST with
/// antiforgery and is audited by the Core service it calls; "next" is a GET because it changes nothing.
/// </summary>
public sealed class IndexModel(CorrespondenceDbContext db, PolicyLibrary policies, ReviewApproval reviewApproval, ReplyComposer composer) : PageModel
{
    public InboundMessage Message { get; private set; } = null!;
    public Draft? Draft { get; private set; }
    public IReadOnlyList<(PolicyMatch Match, PolicyParagraph? Paragraph)> Paragraphs { get; private set; } = [];
    public IReadOnlyList<InboundMessage> History { get; private set; } = [];
    public IReadOnlyList<OutboundReply> Replies { get; private set; } = [];
    /// <summary>A forward to another MP's office that approving this draft also sends.</summary>
    public Core.Constituency.Forwarding? PendingForward { get; private set; }
    public IReadOnlyList<PolicyTopic> AllTopics => policies.Topics;
    public IReadOnlyList<string> Users { get; private set; } = [];
    public IReadOnlyList<string> SensitiveTopics { get; private set; } = [];
    public IReadOnlyList<string> ApprovedBy { get; private set; } = [];
    /// <summary>The templates or policy words this draft was built from changed since (approval waits for redraft or keep).</summary>
    public bool Stale { get; private set; }
    /// <summary>Set when a save met someone else's newer version: their text against this person's, line by line.</summary>
    public EditConflict? Conflict { get; private set; }
    /// <summary>A holding reply drafted for this letter and waiting for a caseworker (Core/Holding).</summary>
    public HoldingReply? Holding { get; private set; }

    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    public bool ShowHtml => Message.HtmlBody is not null && View != "text";
    public bool RemoteImagesAllowed { get; private set; }
    public int RemoteBlocked { get; private set; }

    [BindProperty] public string DraftText { get; set; } = "";
    [BindProperty] public int DraftVersion { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Assignee { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        DraftText = Draft?.TextBody ?? "";
        DraftVersion = Draft?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnGetNextAsync(long id, [FromServices] Casework casework, CancellationToken ct)
    {
        var next = await casework.NextAsync(id, Actor, ct);
        if (next is null) TempData["Flash"] = "Nothing else is waiting for review.";
        return next is null ? RedirectToPage("/Index") : RedirectToPage(new { id = next });
    }

    public async Task<IActionResult> OnPostSaveAsync(long id, [FromServices] DraftEditor editor, CancellationToken ct)
    {
        var result = await editor.SaveAsync(id, DraftVersion, DraftText, Actor, From, ct);
        if (!result.Saved)
            return await ShowProblemAsync(id, result.Problem!, result.Latest, ct);
        TempData["Flash"] = $"Saved as version {result.Latest!.Version}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRedraftAsync(long id, [FromServices] DraftEditor editor, CancellationToken ct) =>
        await ReplaceStaleAsync(id, await editor.RedraftAsync(id, DraftVersion, Actor, From, ct), "Redrafted from today's templates; your earlier text is in the history.", ct);

    public async Task<IActionResult> OnPostKeepTextAsync(long id, [FromServices] DraftEditor editor, CancellationToken ct) =>
        await ReplaceStaleAsync(id, await editor.KeepTextAsync(id, DraftVersion, Actor, From, ct), "Kept your text against the new templates.", ct);

    private async Task<IActionResult> ReplaceStaleAsync(long id, DraftEditor.Result result, string done, CancellationToken ct)
    {
        if (!result.Saved)
            return await ShowProblemAsync(id, result.Problem!, result.Latest, ct);
        TempData["Flash"] = done;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTopicsAsync(long id, string[] topics, [FromServices] TopicChange change, CancellationToken ct)
    {
        var result = await change.SetTopicsAsync(id, topics, Actor, From, ct);
        if (!result.Changed)
            return await ShowProblemAsync(id, result.Problem!, null, ct);
        TempData["Flash"] = topics.Length == 0 ? "No policy topic: left for a person to answer." : $"Topics set to {string.Join(", ", topics)}; redrafted.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, [FromServices] DraftEditor editor, [FromServices] Casework casework, CancellationToken ct)
    {
        // Approving what is on screen: unsaved edits are saved first, as their own version.
        var saved = await editor.SaveAsync(id, DraftVersion, DraftText, Actor, From, ct);
        if (!saved.Saved)
            return await ShowProblemAsync(id, saved.Problem!, saved.Latest, ct);
        var result = await reviewApproval.ApproveAsync(id, saved.Latest!.Version, Actor, From, ct);
        if (!result.Sent && !result.FirstOfTwo)
            return await ShowProblemAsync(id, result.Problem!, null, ct);
        var reference = Case.FormatReference(await db.Messages.Where(m => m.Id == id).Select(m => m.CaseId).SingleAsync(ct));
        TempData["Flash"] = result.Sent
            ? $"Approved; the reply to {reference} is queued to send."
            : $"Your approval of {reference} is recorded. It is on a sensitive topic: a second, different person must approve it before it is sent.";
        return await NextAsync(id, casework, ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, [FromServices] Casework casework, CancellationToken ct)
    {
        var result = await casework.CloseAsync(id, Reason ?? "", Actor, From, ct);
        if (!result.Done) return await ShowProblemAsync(id, result.Problem!, null, ct);
        TempData["Flash"] = "Closed without a reply.";
        return await NextAsync(id, casework, ct);
    }

    public async Task<IActionResult> OnPostEscalateAsync(long id, [FromServices] Casework casework, CancellationToken ct)
    {
        var result = await casework.EscalateAsync(id, Reason ?? "", Actor, From, ct);
        if (!result.Done) return await ShowProblemAsync(id, result.Problem!, null, ct);
        TempData["Flash"] = "Escalated.";
        return await NextAsync(id, casework, ct);
    }

    public async Task<IActionResult> OnPostAssignAsync(long id, [FromServices] Casework casework, CancellationToken ct)
    {
        var result = await casework.AssignAsync(id, Assignee, Actor, From, ct);
        if (!result.Done) return await ShowProblemAsync(id, result.Problem!, null, ct);
        TempData["Flash"] = string.IsNullOrWhiteSpace(Assignee) ? "Unassigned." : $"Assigned to {Assignee}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostHoldingApproveAsync(long id, long holdingId, string? holdingText,
        [FromServices] HoldingReplies holding, CancellationToken ct)
    {
        if (!await db.HoldingReplies.AnyAsync(h => h.Id == holdingId && h.MessageId == id, ct)) return NotFound();
        var result = await holding.ApproveAsync(holdingId, holdingText ?? "", Actor, From, ct);
        if (!result.Done) return await ShowProblemAsync(id, result.Message, null, ct);
        TempData["Flash"] = result.Message;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostHoldingDiscardAsync(long id, long holdingId, [FromServices] HoldingReplies holding, CancellationToken ct)
    {
        if (!await db.HoldingReplies.AnyAsync(h => h.Id == holdingId && h.MessageId == id, ct)) return NotFound();
        var result = await holding.DiscardAsync(holdingId, Actor, From, ct);
        if (!result.Done) return await ShowProblemAsync(id, result.Message, null, ct);
        TempData["Flash"] = result.Message;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAllowImagesAsync(long id, [FromServices] TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Messages.AnyAsync(m => m.Id == id, ct)) return NotFound();
        if (!await EmailModel.RemoteImagesAllowedAsync(db, id, ct))
        {
            // The audit record is the switch: who allowed the sender to learn the email was opened, and when.
            db.Record(clock.GetUtcNow().UtcDateTime, Actor, EmailModel.RemoteImagesAllowedAction, nameof(InboundMessage), id, "", From);
            await db.SaveChangesAsync(ct);
        }
        TempData["Flash"] = "Remote images are loaded for this message.";
        return RedirectToPage(new { id });
    }

    private string Actor => User.Identity?.Name ?? "unknown";
    private string? From => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<IActionResult> NextAsync(long id, Casework casework, CancellationToken ct)
    {
        var next = await casework.NextAsync(id, Actor, ct);
        return next is null ? RedirectToPage("/Index") : RedirectToPage(new { id = next });
    }

    private async Task<IActionResult> ShowProblemAsync(long id, string problem, Draft? theirs, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.AddModelError("", problem);
        if (theirs is not null && theirs.Version != DraftVersion)
        {
            // Keep the person's text on screen, show the newer version against it, and let a second save replace it knowingly.
            Conflict = EditConflict.Between(theirs, DraftText);
            ModelState.Remove(nameof(DraftVersion));
            DraftVersion = theirs.Version;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var message = await db.Messages.AsNoTracking()
            .Include(m => m.Topics).Include(m => m.PolicyMatches).Include(m => m.Drafts).Include(m => m.Case!).ThenInclude(c => c.Constituent)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return false;
        Message = message;
        if (message.HtmlBody is not null)
        {
            RemoteImagesAllowed = await EmailModel.RemoteImagesAllowedAsync(db, id, ct);
            RemoteBlocked = EmailHtml.Sanitize(message.HtmlBody, RemoteImagesAllowed).RemoteBlocked;
        }
        Draft = message.Drafts.OrderByDescending(d => d.Version).FirstOrDefault();
        if (Draft is not null && message.Status == MessageStatus.Drafted)
        {
            await composer.Templates.RefreshAsync(db, ct);
            Stale = composer.IsStale(Draft, message.Topics.Select(t => t.TopicId));
        }
        if (Draft is not null)
            ApprovedBy = await db.Approvals.Where(a => a.DraftId == Draft.Id).Select(a => a.ApprovedBy).ToListAsync(ct);
        Holding = await db.HoldingReplies.AsNoTracking().SingleOrDefaultAsync(h => h.MessageId == id && h.Status == HoldingStatus.Drafted, ct);
        PendingForward = await db.Forwardings.AsNoTracking().Where(f => f.MessageId == id && f.OutboxId == null).OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct);
        SensitiveTopics = reviewApproval.SensitiveTopicsOf(message);
        Paragraphs = message.PolicyMatches.OrderBy(p => p.TopicId).ThenByDescending(p => p.Score)
            .Select(p => (p, policies.FindParagraph(p.TopicId, p.ParagraphId))).ToList();
        // The constituent's messages through their cases (two index look-ups), then everything by those ids: written as
        // a join, SQLite walked all of Messages and Outbox newest-first at a million letters (about 2 s a page).
        var constituentId = message.Case!.ConstituentId;
        var caseIds = await db.Cases.Where(c => c.ConstituentId == constituentId).Select(c => c.Id).ToListAsync(ct);
        var messageIds = await db.Messages.Where(m => caseIds.Contains(m.CaseId)).Select(m => m.Id).ToListAsync(ct);
        History = await db.Messages.AsNoTracking()
            .Where(m => messageIds.Contains(m.Id) && m.Id != id)
            .OrderByDescending(m => m.Id).Take(20).ToListAsync(ct);
        Replies = await db.Outbox.AsNoTracking()
            .Where(o => messageIds.Contains(o.MessageId))
            .OrderByDescending(o => o.Id).Take(20).ToListAsync(ct);
        Users = await db.Users.Where(u => u.UserName != null).OrderBy(u => u.UserName).Select(u => u.UserName!).Take(200).ToListAsync(ct);
        return true;
    }
}
