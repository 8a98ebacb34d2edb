using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace Correspondence.Core.Constituency;

/// <summary>
/// The replies that depend on where the writer lives, drafted from templates/replies/ and sent only after the usual
/// approval (ReplyApproval, outbox): to a non-constituent, "write to your own MP" (courtesy) or "we have passed it to
/// your MP" (forward); to a writer with no postcode, "please send your postal address".
/// </summary>
public sealed class ConstituencyReplies(CorrespondenceDbContext db, TemplateRenderer renderer, ReplyComposer composer,
    IOptions<OfficeOptions> office, TimeProvider clock)
{
    public enum Kind { Courtesy, Forward, AddressRequest }

    public static string TemplateName(Kind kind) => kind switch
    {
        Kind.Courtesy => "non-constituent-courtesy.text",
        Kind.Forward => "non-constituent-forward.text",
        _ => "address-request.text",
    };

    public sealed record Result(bool Drafted, string Message);

    /// <summary>A person's choice for a letter in NonConstituent: a draft that then waits for approval like any other.</summary>
    public async Task<Result> DraftAsync(long messageId, Kind kind, string actor, string? from, CancellationToken ct)
    {
        var message = await db.Messages.Include(m => m.Drafts).Include(m => m.Topics).SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return new Result(false, "This message no longer exists.");
        if (message.Status != MessageStatus.NonConstituent)
            return new Result(false, $"This message is {message.Status}, not waiting as a non-constituent's letter.");
        await composer.Templates.RefreshAsync(db, ct);
        AddDraft(message, kind, actor);
        db.MoveTo(message, MessageStatus.Drafted, clock.GetUtcNow().UtcDateTime, actor, $"{Describe(kind)} drafted; approve to send", from);
        await db.SaveChangesAsync(ct);
        return new Result(true, $"{Describe(kind)} drafted for {Case.FormatReference(message.CaseId)}: review and approve it in the queue.");
    }

    /// <summary>Adds the next draft version to a tracked message (Drafts and Topics loaded); the caller moves it and saves.</summary>
    public Draft AddDraft(InboundMessage message, Kind kind, string actor)
    {
        var reference = Case.FormatReference(message.CaseId);
        var model = new ScriptObject
        {
            ["constituent"] = new ScriptObject
            {
                ["greeting_name"] = GreetingName.From(message.FromName),
                ["postcode"] = message.Postcodes.Split(' ') is [var a, var b, ..] ? $"{a} {b}" : "",
            },
            ["original_subject"] = message.Subject,
            ["reference"] = reference,
            ["office"] = ReplyModel.Office(office.Value),
        };
        var text = renderer.Render(TemplateName(kind), model).Replace("\r\n", "\n").Trim() + "\n";
        var draft = new Draft
        {
            Version = message.Drafts.Count == 0 ? 1 : message.Drafts.Max(d => d.Version) + 1,
            Subject = ReplyComposer.ReplySubject(message.Subject),
            TextBody = text,
            // Same fingerprint as a topic draft for this message, so approval's staleness check treats it alike.
            TemplateVersion = composer.Fingerprint(message.Topics.Select(t => t.TopicId)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor,
            UnfilledPlaceholders = string.Join(" ", ReplyComposer.FindPlaceholders(text)),
        };
        message.Drafts.Add(draft);
        return draft;
    }

    public static string Describe(Kind kind) => kind switch
    {
        Kind.Courtesy => "courtesy reply",
        Kind.Forward => "forwarding note",
        _ => "postal address request",
    };
}
