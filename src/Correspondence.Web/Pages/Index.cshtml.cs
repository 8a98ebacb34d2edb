using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Web.Pages;

/// <summary>The caseworker's queue: one status at a time, oldest first, keyset-paged by id.</summary>
public sealed class IndexModel(CorrespondenceDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(long Id, long CaseId, DateTime ReceivedAt, string FromName, string FromAddress, string Subject,
        MessageStatus Status, string? StatusReason, IReadOnlyList<string> Topics);

    [BindProperty(SupportsGet = true)] public MessageStatus Status { get; set; } = MessageStatus.Drafted;
    [BindProperty(SupportsGet = true)] public long After { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<MessageStatus, int> Counts { get; private set; } = new Dictionary<MessageStatus, int>();
    public long? NextAfter { get; private set; }

    public static readonly MessageStatus[] Tabs =
    [
        MessageStatus.Drafted, MessageStatus.NeedsTriage, MessageStatus.Escalated, MessageStatus.Approved, MessageStatus.Sent,
        MessageStatus.SendFailed, MessageStatus.PossiblySent, MessageStatus.Quarantined, MessageStatus.Closed,
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await db.Messages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var page = await db.Messages
            .Where(m => m.Status == Status && m.Id > After)
            .OrderBy(m => m.Id)
            .Take(PageSize + 1)
            .Select(m => new
            {
                m.Id, m.CaseId, m.ReceivedAt, m.FromName, m.FromAddress, m.Subject, m.Status, m.StatusReason,
                Topics = m.Topics.Select(t => t.TopicId).ToList(),
            })
            .ToListAsync(ct);
        Rows = page.Take(PageSize)
            .Select(m => new Row(m.Id, m.CaseId, m.ReceivedAt, m.FromName, m.FromAddress, m.Subject, m.Status, m.StatusReason, m.Topics))
            .ToList();
        NextAfter = page.Count > PageSize ? Rows[^1].Id : null;
    }
}
