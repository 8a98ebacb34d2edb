using Correspondence.Core.Data;
using Correspondence.Core.Templates;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Admin.Templates;

/// <summary>Edit one template or policy file: check (parse, trial drafts, preview on a real letter), then save a revision.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(TemplateEditor editor, TemplateSet templates, CorrespondenceDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Name { get; set; } = "";
    [BindProperty] public string Text { get; set; } = "";
    [BindProperty] public int BaseRevision { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public long? PreviewMessageId { get; set; }

    public IReadOnlyList<TemplateRevision> History { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public TemplatePreview.Result? Preview { get; private set; }
    /// <summary>Which text is in the editor when it is not the current one ("revision 3", "the shipped file").</summary>
    public string? Loaded { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? revision, bool shipped, CancellationToken ct)
    {
        if (!templates.Shipped.Contains(Name)) return NotFound();
        await templates.RefreshAsync(db, ct);
        BaseRevision = await editor.CurrentRevisionAsync(Name, ct);
        History = await editor.HistoryAsync(Name, ct);
        Text = templates.Current.Read(Name)!;
        if (shipped)
        {
            Text = templates.Shipped.Read(Name)!;
            Loaded = "the shipped file";
        }
        else if (revision is { } r && History.FirstOrDefault(h => h.Revision == r) is { } old)
        {
            Text = old.Content;
            Loaded = $"revision {r}";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync([FromServices] TemplatePreview preview, CancellationToken ct)
    {
        if (!templates.Shipped.Contains(Name)) return NotFound();
        Preview = await preview.PreviewAsync(Name, Text, PreviewMessageId, Actor, From, ct);
        Problems = Preview.Problems;
        History = await editor.HistoryAsync(Name, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!templates.Shipped.Contains(Name)) return NotFound();
        var result = await editor.SaveAsync(Name, Text, BaseRevision, Comment ?? "", Actor, From, ct);
        if (!result.Saved)
        {
            Problems = result.Problems;
            History = await editor.HistoryAsync(Name, ct);
            return Page();
        }
        TempData["Flash"] = $"Saved {Name} as revision {result.Revision}. Drafts built on the old words are being redrafted.";
        return RedirectToPage(new { name = Name });
    }

    private string Actor => User.Identity?.Name ?? "unknown";
    private string? From => HttpContext.Connection.RemoteIpAddress?.ToString();
}
