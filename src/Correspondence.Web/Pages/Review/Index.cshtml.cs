using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Sending;
using Correspondence.Core.Triage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages.Review;

/// <summary>Review one message: the constituent's text, why these topics and paragraphs, the editable draft; save or approve.</summary>
public sealed class IndexModel(CorrespondenceDbContext db, PolicyLibrary policies) : PageModel
{
    public InboundMessage Message { get; private set; } = null!;
    public Draft? Draft { get; private set; }
    public IReadOnlyList<(PolicyMatch Match, PolicyParagraph? Paragraph)> Paragraphs { get; private set; } = [];
    public IReadOnlyList<InboundMessage> History { get; private set; } = [];
    public IReadOnlyList<OutboundReply> Replies { get; private set; } = [];
    public IReadOnlyList<PolicyTopic> AllTopics => policies.Topics;

    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    public bool ShowHtml => Message.HtmlBody is not null && View != "text";
    public bool RemoteImagesAllowed { get; private set; }
    public int RemoteBlocked { get; private set; }

    [BindProperty] public string DraftText { get; set; } = "";
    [BindProperty] public int DraftVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        DraftText = Draft?.TextBody ?? "";
        DraftVersion = Draft?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long id, [FromServices] DraftEditor editor, CancellationToken ct)
    {
        var result = await editor.SaveAsync(id, DraftVersion, DraftText, Actor, From, ct);
        if (!result.Saved)
            return await ShowProblemAsync(id, result.Problem!, ct);
        TempData["Flash"] = $"Saved as version {result.Latest!.Version}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTopicsAsync(long id, string[] topics, [FromServices] TopicChange change, CancellationToken ct)
    {
        var result = await change.SetTopicsAsync(id, topics, Actor, From, ct);
        if (!result.Changed)
            return await ShowProblemAsync(id, result.Problem!, ct);
        TempData["Flash"] = topics.Length == 0 ? "No policy topic: left for a person to answer." : $"Topics set to {string.Join(", ", topics)}; redrafted.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, [FromServices] DraftEditor editor, [FromServices] ReplyApproval approval, CancellationToken ct)
    {
        // Approving what is on screen: unsaved edits are saved first, as their own version.
        var saved = await editor.SaveAsync(id, DraftVersion, DraftText, Actor, From, ct);
        if (!saved.Saved)
            return await ShowProblemAsync(id, saved.Problem!, ct);
        var result = await approval.ApproveAsync(id, saved.Latest!.Version, Actor, From, ct);
        if (!result.Approved)
            return await ShowProblemAsync(id, result.Problem!, ct);
        TempData["Flash"] = $"Approved; the reply to {Case.FormatReference((await db.Messages.SingleAsync(m => m.Id == id, ct)).CaseId)} is queued to send.";
        var next = await db.Messages.Where(m => m.Status == MessageStatus.Drafted && m.Id != id).OrderBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
        return next is null ? RedirectToPage("/Index") : RedirectToPage(new { id = next });
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

    private async Task<IActionResult> ShowProblemAsync(long id, string problem, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.AddModelError("", problem);
        // Keep the person's text on screen; show them the newer version beside it.
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
        Paragraphs = message.PolicyMatches.OrderBy(p => p.TopicId).ThenByDescending(p => p.Score)
            .Select(p => (p, policies.FindParagraph(p.TopicId, p.ParagraphId))).ToList();
        History = await db.Messages.AsNoTracking()
            .Where(m => m.Case!.ConstituentId == message.Case!.ConstituentId && m.Id != id)
            .OrderByDescending(m => m.Id).Take(20).ToListAsync(ct);
        Replies = await db.Outbox.AsNoTracking()
            .Where(o => db.Messages.Any(m => m.Id == o.MessageId && m.Case!.ConstituentId == message.Case!.ConstituentId))
            .OrderByDescending(o => o.Id).Take(20).ToListAsync(ct);
        return true;
    }
}
