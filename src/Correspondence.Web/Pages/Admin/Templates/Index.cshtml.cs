using Correspondence.Core.Templates;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Admin.Templates;

/// <summary>The reply templates and policy files an admin can edit, with their newest revision.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(TemplateEditor editor) : PageModel
{
    public IReadOnlyList<TemplateEditor.FileInfo> Files { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Files = await editor.ListAsync(ct);
}
