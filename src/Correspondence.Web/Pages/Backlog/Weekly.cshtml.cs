using System.Globalization;
using Correspondence.Core.Backlog;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Correspondence.Web.Pages.Backlog;

/// <summary>The weekly report, made to print: one week's flows and who answered what, and the backlog as it stands.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class WeeklyModel(BacklogReports reports) : PageModel
{
    /// <summary>Any day of the week wanted (yyyy-MM-dd); by default the last full week.</summary>
    [BindProperty(SupportsGet = true)] public string? Week { get; set; }

    public BacklogReport Report { get; private set; } = null!;
    public string? Problem { get; private set; }
    public DateOnly Monday { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = reports.Today;
        var day = today.AddDays(-7);
        if (!string.IsNullOrEmpty(Week) && !DateOnly.TryParseExact(Week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            Problem = $"Week '{Week}' is not a date like 2026-11-23; showing last week.";
            day = today.AddDays(-7);
        }
        Monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        Report = await reports.GetAsync(new BacklogFilter(Monday, Monday.AddDays(6)), ct);
    }
}
