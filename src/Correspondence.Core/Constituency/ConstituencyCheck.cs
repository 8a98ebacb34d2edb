using Correspondence.Core.Auditing;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Inbox;
using Correspondence.Core.Office;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Constituency;

/// <summary>
/// Decides constituent / not a constituent / unknown from the postcodes in a letter (the office's own postcode aside)
/// and keeps the answer on the message and the writer's record. A letter from outside the constituency goes to
/// NonConstituent (not drafted): a person chooses to forward it to the writer's own MP or send a courtesy reply.
/// </summary>
public sealed class ConstituencyCheck(CorrespondenceDbContext db, IOptions<ConstituencyOptions> options,
    IOptions<OfficeOptions> office, ConstituencyReplies replies, TimeProvider clock)
{
    private static readonly Lazy<Dictionary<string, PostcodeList>> Cache = new(() => []);
    private static readonly Lock CacheLock = new();

    public PostcodeList? List()
    {
        if (string.IsNullOrWhiteSpace(options.Value.PostcodeFile)) return null;
        var path = ContentPaths.Resolve(options.Value.PostcodeFile);
        lock (CacheLock)
        {
            if (!Cache.Value.TryGetValue(path, out var list))
                Cache.Value[path] = list = PostcodeList.Load(path);
            return list;
        }
    }

    public ConstituencyStatus Decide(string postcodes)
    {
        if (List() is not { } list) return ConstituencyStatus.Unknown;
        var own = UkPostcodes.Find(office.Value.OfficeAddress).ToHashSet();
        var found = postcodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Chunk(2)
            .Where(p => p.Length == 2).Select(p => $"{p[0]} {p[1]}").Where(p => !own.Contains(p)).ToList();
        if (found.Count == 0) return ConstituencyStatus.Unknown;
        return found.Any(list.Contains) ? ConstituencyStatus.Constituent : ConstituencyStatus.NotConstituent;
    }

    /// <summary>Decides for tracked messages still in Received, in the caller's unit of work.</summary>
    public async Task ApplyAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        if (List() is null) return;
        var received = messages.Where(m => m.Status == MessageStatus.Received).ToList();
        if (received.Count == 0) return;
        var caseIds = received.Select(m => m.CaseId).Distinct().ToList();
        var constituents = await db.Cases.Where(c => caseIds.Contains(c.Id)).Include(c => c.Constituent)
            .ToDictionaryAsync(c => c.Id, c => c.Constituent!, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in received)
        {
            var status = Decide(message.Postcodes);
            message.Constituency = status;
            if (constituents.TryGetValue(message.CaseId, out var writer) && status != ConstituencyStatus.Unknown)
            {
                writer.Constituency = status;
                writer.Postcode = message.Postcodes.Split(' ') is [var a, var b, ..] ? $"{a} {b}" : writer.Postcode;
            }
            if (status == ConstituencyStatus.Unknown && options.Value.AskForAddress)
            {
                replies.AddDraft(message, ConstituencyReplies.Kind.AddressRequest, Audit.System);
                db.MoveTo(message, MessageStatus.Triaged, now, Audit.System, "no postcode: asking for a postal address");
                db.MoveTo(message, MessageStatus.Drafted, now, Audit.System, "postal address request drafted; approve to send");
            }
            if (status == ConstituencyStatus.NotConstituent)
                db.MoveTo(message, MessageStatus.NonConstituent, now, Audit.System,
                    $"postcode {message.Postcodes} is outside the constituency: forward to their own MP or send a courtesy reply");
        }
    }
}
