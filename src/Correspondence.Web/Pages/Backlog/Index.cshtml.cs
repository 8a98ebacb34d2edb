using Correspondence.Core.Backlog;
using Correspondence.Core.Triage;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Backlog;

/// <summary>The office manager's dashboard: what is waiting, how old, what is late, what comes in and goes out, who answers what.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(BacklogReports reports, PolicyLibrary policies) : PageModel
{
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
    }
}
