using System.Globalization;
using System.Text;
using Correspondence.Core.Auditing;
using Correspondence.Core.Backlog;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Triage;
using Correspondence.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Pages.Backlog;

/// <summary>
/// CSV of the dashboard's current filter: the open items themselves (view=open) or the dashboard's tables (view=summary).
/// A GET, because it only reads; still an action on constituents' data, so it is audited before the first byte goes out.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class ExportModel(CorrespondenceDbContext db, BacklogReports reports, PolicyLibrary policies, WorkingCalendar calendar,
    IOptions<BacklogOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public BacklogFilterForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string View { get; set; } = "open";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (View is not ("open" or "summary"))
            return BadRequest($"view must be 'open' or 'summary', not '{View}'.");
        var (filter, problems) = Form.Resolve(reports.DefaultFilter(), policies.Topics.Select(t => t.Id).ToList());
        if (problems.Count > 0)
            return BadRequest(string.Join(" ", problems)); // an export must be exactly what was asked for

        var now = clock.GetUtcNow().UtcDateTime;
        db.Record(now, User.Identity?.Name ?? "unknown", $"export:backlog-{View}", "Backlog", filter.Key,
            $"CSV of {View} items: period {filter.From:yyyy-MM-dd}..{filter.To:yyyy-MM-dd}, topic {filter.Topic ?? "any"}, status {filter.Status?.ToString() ?? "any open"}",
            HttpContext.Connection.RemoteIpAddress?.ToString());
        await db.SaveChangesAsync(ct);

        var name = $"backlog-{View}-{calendar.LocalDate(now):yyyy-MM-dd}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (View == "open") await WriteOpenAsync(writer, filter, ct);
        else await WriteSummaryAsync(writer, await reports.ComputeAsync(filter, ct));
        await writer.FlushAsync(ct);
        return new EmptyResult();
    }

    /// <summary>Streams row by row, so a large backlog costs no more memory than a small one.</summary>
    private async Task WriteOpenAsync(StreamWriter w, BacklogFilter filter, CancellationToken ct)
    {
        var target = options.Value.ReplyTargetWorkingDays;
        var today = calendar.LocalDate(clock.GetUtcNow().UtcDateTime);
        await w.WriteLineAsync("reference,message_id,received_uk,status,topics,working_days_old,reply_due,past_target,subject");
        var rows = reports.OpenItems(filter).OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.CaseId, m.ReceivedAt, m.Status, m.Subject, Topics = m.Topics.Select(t => t.TopicId).ToList() })
            .AsAsyncEnumerable();
        await foreach (var m in rows.WithCancellation(ct))
        {
            var due = calendar.ReplyDue(m.ReceivedAt, target);
            await w.WriteLineAsync(Csv.Line(Case.FormatReference(m.CaseId), m.Id.ToString(CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTimeFromUtc(m.ReceivedAt, calendar.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                m.Status.ToString(), string.Join(' ', m.Topics),
                calendar.WorkingDaysBetween(calendar.LocalDate(m.ReceivedAt), today).ToString(CultureInfo.InvariantCulture),
                due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), due < today ? "yes" : "no", m.Subject));
        }
    }

    private static async Task WriteSummaryAsync(StreamWriter w, BacklogReport r)
    {
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        await w.WriteLineAsync("table,label,value,value2");
        await w.WriteLineAsync(Csv.Line("open", "total", N(r.Open), ""));
        await w.WriteLineAsync(Csv.Line("open", "past target", N(r.PastTarget), ""));
        await w.WriteLineAsync(Csv.Line("open", "due soon", N(r.DueSoon), ""));
        await w.WriteLineAsync(Csv.Line("holding replies", "open, awaiting approval", N(r.Holding.AwaitingApproval), ""));
        await w.WriteLineAsync(Csv.Line("holding replies", "open, approved, full reply owed", N(r.Holding.ApprovedStillOpen), ""));
        await w.WriteLineAsync(Csv.Line("holding replies", "sent in period", N(r.Holding.SentInPeriod), ""));
        foreach (var t in r.OpenByStatus) await w.WriteLineAsync(Csv.Line("open by status", t.Label, N(t.Count), ""));
        foreach (var t in r.OpenByTopic) await w.WriteLineAsync(Csv.Line("open by topic", t.Label, N(t.Count), ""));
        foreach (var t in r.AgeBuckets) await w.WriteLineAsync(Csv.Line("working days old", t.Label, N(t.Count), ""));
        foreach (var f in r.Daily) await w.WriteLineAsync(Csv.Line("day (received, replied)", f.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(f.Received), N(f.Replied)));
        foreach (var f in r.Weekly) await w.WriteLineAsync(Csv.Line("week from (received, replied)", f.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(f.Received), N(f.Replied)));
        foreach (var t in r.ByCaseworker) await w.WriteLineAsync(Csv.Line("caseworker (replies, median working days)", t.Name, N(t.Replies), N(t.MedianWorkingDays)));
        foreach (var t in r.ByTopic) await w.WriteLineAsync(Csv.Line("topic (replies, median working days)", t.Name, N(t.Replies), N(t.MedianWorkingDays)));
    }
}
