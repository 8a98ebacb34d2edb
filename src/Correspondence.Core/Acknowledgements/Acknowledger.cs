using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Correspondence.Core.Sending;
using Correspondence.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace Correspondence.Core.Acknowledgements;

/// <summary>
/// The optional immediate acknowledgement with the case reference. Queued in the outbox in the same transaction that
/// moves the message on, so it is sent once, through the same job, rate limits and guarantees as a reply. Never to
/// automated mail (those are Closed at ingest and never reach here), never to the office's own address, and at most
/// one per sender per period.
/// </summary>
public sealed class Acknowledger(CorrespondenceDbContext db, TemplateRenderer renderer, ReplyComposer composer,
    IOptions<AcknowledgementOptions> options, IOptions<OfficeOptions> office, TimeProvider clock, ILogger<Acknowledger> log)
{
    public const string TemplateName = "acknowledgement.text";

    /// <summary>Adds acknowledgement rows for newly received messages to the caller's unit of work; returns them (enqueue after saving).</summary>
    public async Task<IReadOnlyList<OutboundReply>> AddForAsync(IReadOnlyList<InboundMessage> received, CancellationToken ct)
    {
        if (!options.Value.Enabled || received.Count == 0) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-options.Value.PeriodHours);
        var senders = received.Select(m => Recipient(m)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var recent = (await db.Outbox.Where(o => o.Kind == OutboundKind.Acknowledgement && o.QueuedAt >= since && senders.Contains(o.ToAddress))
            .Select(o => o.ToAddress).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var queued = new List<OutboundReply>();
        foreach (var message in received.OrderBy(m => m.Id))
        {
            var to = Recipient(message);
            if (message.IsAutomated || message.Status != MessageStatus.Received) continue;
            if (!GreetingName.IsValidAddress(to) || to.Equals(office.Value.FromAddress, StringComparison.OrdinalIgnoreCase)) continue;
            if (!recent.Add(to)) continue; // this sender was acknowledged within the period (or earlier in this batch)
            try
            {
                queued.Add(Build(message, to, now));
            }
            catch (TemplateRenderException ex)
            {
                // A broken acknowledgement template must not hold up the letter itself.
                log.LogError(ex, "No acknowledgement for message {MessageId}: the template failed", message.Id);
            }
        }
        db.Outbox.AddRange(queued);
        foreach (var ack in queued)
            db.Record(now, Audit.System, "acknowledgement-queued", nameof(InboundMessage), ack.MessageId, $"to {ack.ToAddress}");
        return queued;
    }

    private OutboundReply Build(InboundMessage message, string to, DateTime now)
    {
        var reference = Case.FormatReference(message.CaseId);
        var subject = ReplyComposer.ReplySubject(message.Subject);
        var model = Model(GreetingName.From(message.FromName), reference, office.Value, subject);
        var text = renderer.Render(TemplateName, model).Replace("\r\n", "\n").Trim() + "\n";
        return new OutboundReply
        {
            MessageId = message.Id,
            LetterReceivedAt = message.ReceivedAt,
            Kind = OutboundKind.Acknowledgement,
            MessageIdHeader = ReplyMessageBuilder.NewMessageId(office.Value),
            InReplyTo = message.MessageIdHeader,
            References = message.MessageIdHeader is { Length: > 0 } id ? $"<{id}>" : null,
            ToAddress = to,
            ToName = message.FromName,
            Subject = subject,
            TextBody = text,
            HtmlBody = composer.RenderHtml(subject, text, reference),
            QueuedAt = now,
            ApprovedBy = Audit.System,
        };
    }

    /// <summary>Everything the acknowledgement template may use: plain strings only.</summary>
    private static ScriptObject Model(string greetingName, string reference, OfficeOptions office, string subject) => new()
    {
        ["constituent"] = new ScriptObject { ["greeting_name"] = greetingName },
        ["reference"] = reference,
        ["office"] = ReplyModel.Office(office),
        ["subject"] = subject,
    };

    /// <summary>A model for the template editor's trial render.</summary>
    public static ScriptObject TrialModel() => Model("Ada Lovelace", "COR-000001",
        new OfficeOptions { MpName = "An MP", Constituency = "A constituency", FromName = "The office", FromAddress = "office@example.org" },
        "Re: A trial letter");

    private static string Recipient(InboundMessage message) => (message.ReplyTo ?? message.FromAddress).Trim();
}
