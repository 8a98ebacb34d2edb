using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Correspondence.Core.Auditing;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Correspondence.Core.DataProtection;

/// <summary>
/// A subject access export: everything held about one person as data.json and a readable index.html, zipped.
/// The export itself is audited (who, when), without the person's details.
/// </summary>
public sealed class SubjectExporter(CorrespondenceDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The one record for this address; null when none, or when several people share it (see <see cref="FindAllByEmailAsync"/>).</summary>
    public async Task<long?> FindByEmailAsync(string email, CancellationToken ct) =>
        await FindAllByEmailAsync(email, ct) is [var only] ? only : null;

    /// <summary>
    /// Every record this address belongs to: its own, one it was merged into (found through its letters), and the
    /// separate records of people who share a family address (docs/decisions/0015-constituent-matching.md).
    /// </summary>
    public async Task<IReadOnlyList<long>> FindAllByEmailAsync(string email, CancellationToken ct)
    {
        var address = email.Trim().ToLowerInvariant();
        var own = await db.Constituents.Where(c => c.Email == address).Select(c => c.Id).ToListAsync(ct);
        var viaLetters = await db.Messages.Where(m => m.FromAddress == address).Select(m => m.Case!.ConstituentId).Distinct().ToListAsync(ct);
        return own.Union(viaLetters).Order().ToList();
    }

    /// <summary>The zip's bytes, or null when there is no such person.</summary>
    public async Task<byte[]?> ExportAsync(long constituentId, string actor, string? from, CancellationToken ct)
    {
        var data = await SubjectData.LoadAsync(db, constituentId, ct);
        if (data is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteAsync(zip, "data.json", JsonSerializer.Serialize(Shape(data, now), Json), ct);
            await WriteAsync(zip, "index.html", SubjectHtml.Render(data, now), ct);
        }
        db.Record(now, actor, "subject-exported", "Constituent", constituentId,
            $"{data.Messages.Count} messages, {data.Replies.Count} replies, {data.Audit.Count} audit entries", from);
        await db.SaveChangesAsync(ct);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(ZipArchive zip, string name, string text, CancellationToken ct)
    {
        await using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
    }

    /// <summary>Plain records (no navigation cycles); attachments by name, type and size, not content.</summary>
    private static object Shape(SubjectData d, DateTime now) => new
    {
        exportedAt = now,
        constituent = new { d.Constituent.Id, d.Constituent.Email, d.Constituent.Name, d.Constituent.Postcode, constituency = d.Constituent.Constituency.ToString(), d.Constituent.FirstSeenAt },
        cases = d.Cases.Select(c => new { c.Id, c.Reference, c.Subject, c.OpenedAt }),
        messages = d.Messages.Select(m => new
        {
            m.Id, m.CaseId, m.FromName, m.FromAddress, m.ReplyTo, m.Subject, m.SentAt, m.ReceivedAt, m.TextBody, m.HtmlBody,
            m.Postcodes, constituency = m.Constituency.ToString(), status = m.Status.ToString(), m.StatusReason, m.StatusChangedAt,
            topics = m.Topics.Select(t => new { t.TopicId, t.Confidence, t.AssignedBy }),
            attachments = m.Attachments.Select(a => new { a.FileName, a.ContentType, a.Size }),
            drafts = m.Drafts.OrderBy(x => x.Version).Select(x => new { x.Version, x.Subject, x.TextBody, x.CreatedAt, x.CreatedBy }),
        }),
        approvals = d.Approvals.Select(a => new { a.DraftId, a.ApprovedBy, a.ApprovedAt }),
        replies = d.Replies.Select(r => new { r.MessageId, kind = r.Kind.ToString(), r.ToAddress, r.Subject, r.TextBody, status = r.Status.ToString(), r.QueuedAt, r.SentAt }),
        // Disclosures to a third party (another MP's office): whom, when, by whom, and the note that went with the letter.
        forwardedTo = (d.Forwards ?? []).Select(f => new { f.MessageId, f.ToName, f.ToAddress, f.ToConstituency, f.CoveringNote, f.PreparedBy, f.PreparedAt, approvedAndQueued = f.OutboxId is not null }),
        topicCorrections = d.Corrections.Select(c => new { c.MessageId, c.Labels, c.CorrectedBy, c.CorrectedAt }),
        audit = d.Audit.Select(a => new { a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Detail }),
    };
}
