using Correspondence.Core.Auditing;
using Correspondence.Core.Backlog;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Correspondence.Core.Sending;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace Correspondence.Core.Holding;

/// <summary>
/// Holding replies: which open items are about to pass their reply target, their drafts, and a caseworker's approval
/// (an outbox row of kind Holding, sent by the same job with the same exactly-once rules) or discard. Every step audited.
/// </summary>
public sealed class HoldingReplies(CorrespondenceDbContext db, TemplateRenderer renderer, ReplyComposer composer,
    WorkingCalendar calendar, IOptions<BacklogOptions> backlog, IOptions<HoldingOptions> options, IOptions<OfficeOptions> office,
    IBackgroundJobClient jobs, TimeProvider clock, ILogger<HoldingReplies> log)
{
    public const string TemplateName = "holding.text";

    /// <summary>
    /// Still owed a reply by the office and not answered another way: not escalated (a manager handles those), not a
    /// non-constituent (they get a courtesy reply or a forward), not a campaign letter (the campaign's release answers it).
    /// </summary>
    public static readonly MessageStatus[] Waiting = [MessageStatus.Triaged, MessageStatus.Drafted, MessageStatus.NeedsTriage];

    public sealed record Result(bool Done, string Message);

    /// <summary>Drafts a holding reply for every waiting item near its target that has none; returns how many. Safe to rerun.</summary>
    public async Task<int> DraftDueAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        // The dashboard's "due soon" cut with this setting's window: due within it, or overdue.
        var cutoff = calendar.DueWithinCutoffUtc(calendar.LocalDate(now), options.Value.WorkingDaysBeforeTarget, backlog.Value.ReplyTargetWorkingDays);
        var due = await db.Messages
            .Where(m => Waiting.Contains(m.Status) && m.ReceivedAt < cutoff && !m.IsAutomated && m.CampaignId == null)
            .Where(m => !db.HoldingReplies.Any(h => h.MessageId == m.Id))
            .Where(m => !db.Outbox.Any(o => o.MessageId == m.Id && o.Kind == OutboundKind.Reply))
            .OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id)
            .Take(options.Value.MaxPerRun)
            .ToListAsync(ct);
        if (due.Count == 0) return 0;
        await composer.Templates.RefreshAsync(db, ct);
        var target = backlog.Value.ReplyTargetWorkingDays;
        foreach (var message in due)
        {
            var dueOn = calendar.ReplyDue(message.ReceivedAt, target);
            var holding = new HoldingReply
            {
                MessageId = message.Id,
                Subject = ReplyComposer.ReplySubject(message.Subject),
                TextBody = Render(message, dueOn),
                DueOn = dueOn,
                CreatedAt = now,
            };
            db.HoldingReplies.Add(holding);
            db.Record(now, Audit.System, "holding:drafted", nameof(InboundMessage), message.Id, $"reply due {dueOn:yyyy-MM-dd}");
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Another node drafted some of the same items between our read and our write: the unique key refused the
            // batch, nothing was saved, and the next run drafts whatever is still missing.
            log.LogWarning(ex, "Holding replies for {Count} item(s) not saved (another run drafted some first); the next run retries", due.Count);
            db.ChangeTracker.Clear();
            return 0;
        }
        log.LogInformation("Drafted {Count} holding replies for items due by {Cutoff:u}", due.Count, cutoff);
        return due.Count;
    }

    private string Render(InboundMessage message, DateOnly dueOn)
    {
        var model = new ScriptObject
        {
            ["constituent"] = new ScriptObject { ["greeting_name"] = GreetingName.From(message.FromName) },
            ["original_subject"] = message.Subject,
            ["reference"] = Case.FormatReference(message.CaseId),
            ["office"] = ReplyModel.Office(office.Value),
            ["due_on"] = dueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
        };
        return renderer.Render(TemplateName, model).Replace("\r\n", "\n").Trim() + "\n";
    }

    /// <summary>Approves the holding reply with the text the caseworker saw (edited or not) and queues it for sending.</summary>
    public async Task<Result> ApproveAsync(long holdingId, string text, string actor, string? from, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        text = text.Replace("\r\n", "\n").Trim() + "\n";
        if (string.IsNullOrWhiteSpace(text)) return new Result(false, "The holding reply is empty.");
        var placeholders = ReplyComposer.FindPlaceholders(text);
        if (placeholders.Count > 0)
            return new Result(false, $"Fill in the placeholders before approving: {string.Join(", ", placeholders)}.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var holding = await db.HoldingReplies.Include(h => h.Message).SingleOrDefaultAsync(h => h.Id == holdingId, ct);
        if (holding?.Message is not { } message) return new Result(false, "This holding reply no longer exists.");
        if (holding.Status != HoldingStatus.Drafted)
            return new Result(false, $"This holding reply was already {holding.Status.ToString().ToLowerInvariant()} by {holding.DecidedBy}.");
        if (!Waiting.Contains(message.Status))
            return new Result(false, $"The letter is {message.Status} now; a holding reply is no longer needed. Discard it.");

        var edited = text != holding.TextBody;
        holding.TextBody = text;
        var reply = ReplyApproval.OutboundFor(message, OutboundKind.Holding, holding.Subject, text, composer, office.Value, now, actor);
        db.Outbox.Add(reply);
        holding.Status = HoldingStatus.Approved;
        holding.DecidedAt = now;
        holding.DecidedBy = actor;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Status is a concurrency token: someone approved or discarded it between our read and our write.
            return new Result(false, "Someone else decided on this holding reply at the same moment. Reload the page.");
        }
        holding.OutboundReplyId = reply.Id;
        db.Record(now, actor, "holding:approved", nameof(InboundMessage), message.Id,
            $"outbox {reply.Id}{(edited ? ", text edited" : "")}", from);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        jobs.Enqueue<SendReplyJob>(j => j.RunAsync(reply.Id, CancellationToken.None));
        return new Result(true, $"Holding reply for {Case.FormatReference(message.CaseId)} approved and queued for sending; the letter stays open for its full reply.");
    }

    /// <summary>Not needed (answered by phone, or the full reply is about to go): recorded, never sent.</summary>
    public async Task<Result> DiscardAsync(long holdingId, string actor, string? from, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var holding = await db.HoldingReplies.SingleOrDefaultAsync(h => h.Id == holdingId, ct);
        if (holding is null) return new Result(false, "This holding reply no longer exists.");
        if (holding.Status != HoldingStatus.Drafted)
            return new Result(false, $"This holding reply was already {holding.Status.ToString().ToLowerInvariant()} by {holding.DecidedBy}.");
        holding.Status = HoldingStatus.Discarded;
        holding.DecidedAt = now;
        holding.DecidedBy = actor;
        db.Record(now, actor, "holding:discarded", nameof(InboundMessage), holding.MessageId, "not sent", from);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Result(false, "Someone else decided on this holding reply at the same moment. Reload the page.");
        }
        return new Result(true, "Holding reply discarded; nothing was sent.");
    }
}
