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
    IOptions<OfficeOptions> office, IOptions<ConstituencyOptions> options, TimeProvider clock)
{
    public const string CoverTemplate = "non-constituent-forward-cover.text";
    private static readonly Dictionary<string, MpDirectory> Directories = [];
    private static readonly Lock DirectoriesLock = new();

    /// <summary>The other MPs' offices from Constituency:MpDirectoryFile (read once per path); empty when none is set.</summary>
    public MpDirectory Directory()
    {
        if (string.IsNullOrWhiteSpace(options.Value.MpDirectoryFile)) return MpDirectory.Empty;
        var path = ContentPaths.Resolve(options.Value.MpDirectoryFile);
        lock (DirectoriesLock)
        {
            if (!Directories.TryGetValue(path, out var directory))
                Directories[path] = directory = MpDirectory.Load(path);
            return directory;
        }
    }

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
        if (kind == Kind.Forward)
            return new Result(false, "Say which MP's office to forward the letter to.");
        var message = await db.Messages.Include(m => m.Drafts).Include(m => m.Topics).SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return new Result(false, "This message no longer exists.");
        if (message.Status != MessageStatus.NonConstituent)
            return new Result(false, $"This message is {message.Status}, not waiting as a non-constituent's letter.");
        await composer.Templates.RefreshAsync(db, ct);
        AddDraft(message, kind, actor);
        // A courtesy reply chosen after a forward was prepared: the forward no longer goes.
        db.Forwardings.RemoveRange(await db.Forwardings.Where(f => f.MessageId == messageId && f.OutboxId == null).ToListAsync(ct));
        db.MoveTo(message, MessageStatus.Drafted, clock.GetUtcNow().UtcDateTime, actor, $"{Describe(kind)} drafted; approve to send", from);
        await db.SaveChangesAsync(ct);
        return new Result(true, $"{Describe(kind)} drafted for {Case.FormatReference(message.CaseId)}: review and approve it in the queue.");
    }

    /// <summary>
    /// "Forward to their own MP": drafts the note to the writer (saying where it went) and prepares the forward to the
    /// other office with its covering note. Both wait for one approval of the note (<see cref="Sending.ReplyApproval"/>),
    /// which writes the two outbox rows together. Choosing again replaces a forward not yet approved.
    /// </summary>
    public async Task<Result> ForwardAsync(long messageId, ForwardRecipient to, string actor, string? from, CancellationToken ct)
    {
        var message = await db.Messages.Include(m => m.Drafts).Include(m => m.Topics).Include(m => m.Case!).ThenInclude(c => c.Constituent)
            .SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message is null) return new Result(false, "This message no longer exists.");
        if (message.Status != MessageStatus.NonConstituent)
            return new Result(false, $"This message is {message.Status}, not waiting as a non-constituent's letter.");
        await composer.Templates.RefreshAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        AddDraft(message, Kind.Forward, actor, to);
        db.Forwardings.RemoveRange(await db.Forwardings.Where(f => f.MessageId == messageId && f.OutboxId == null).ToListAsync(ct));
        var cover = renderer.Render(CoverTemplate, Model(message, to)).Replace("\r\n", "\n").Trim() + "\n";
        db.Forwardings.Add(new Forwarding
        {
            MessageId = message.Id, ToName = to.Name, ToAddress = to.Address, ToConstituency = to.Constituency,
            CoveringNote = cover, PreparedAt = now, PreparedBy = actor,
        });
        db.MoveTo(message, MessageStatus.Drafted, now, actor, $"forwarding note drafted; approve to send it and forward the letter to {Describe(to)}", from);
        db.Record(now, actor, "forward-prepared", nameof(InboundMessage), message.Id,
            $"letter to be forwarded to {Describe(to)} once the note is approved (personal data passed to another MP's office)", from);
        await db.SaveChangesAsync(ct);
        return new Result(true, $"Forwarding note drafted for {Case.FormatReference(message.CaseId)}: when it is approved the letter goes to {Describe(to)}. Review and approve it in the queue.");
    }

    public static string Describe(ForwardRecipient to) =>
        $"{(to.Name.Length > 0 ? to.Name : "the office")}{(to.Constituency.Length > 0 ? $" ({to.Constituency})" : "")} <{to.Address}>";

    private ScriptObject Model(InboundMessage message, ForwardRecipient? to) => new()
    {
        ["constituent"] = new ScriptObject
        {
            ["greeting_name"] = GreetingName.From(message.FromName),
            ["name"] = message.FromName.Length > 0 ? message.FromName : message.FromAddress,
            ["email"] = message.FromAddress,
            ["postcode"] = message.Postcodes.Split(' ') is [var a, var b, ..] ? $"{a} {b}" : "",
        },
        ["original_subject"] = message.Subject,
        ["reference"] = Case.FormatReference(message.CaseId),
        ["office"] = ReplyModel.Office(office.Value),
        ["forward"] = to is null ? null : new ScriptObject
        {
            ["mp_name"] = to.Name.Length > 0 ? to.Name : "their MP",
            ["address"] = to.Address,
            ["constituency"] = to.Constituency,
        },
    };

    /// <summary>Adds the next draft version to a tracked message (Drafts and Topics loaded); the caller moves it and saves.</summary>
    public Draft AddDraft(InboundMessage message, Kind kind, string actor, ForwardRecipient? to = null)
    {
        var model = Model(message, to);
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
