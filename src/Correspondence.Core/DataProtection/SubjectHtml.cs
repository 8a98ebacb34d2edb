using System.Net;
using System.Text;

namespace Correspondence.Core.DataProtection;

/// <summary>The readable half of a subject access export: one self-contained HTML page, every value encoded.</summary>
internal static class SubjectHtml
{
    public static string Render(SubjectData d, DateTime now)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Information we hold about you</title></head><body>");
        h.Append($"<h1>Information we hold about {E(d.Constituent.Name.Length > 0 ? d.Constituent.Name : d.Constituent.Email)}</h1>");
        h.Append($"<p>Prepared {now:yyyy-MM-dd HH:mm} UTC. Email {E(d.Constituent.Email)}; postcode {E(d.Constituent.Postcode ?? "none held")}; first contact {d.Constituent.FirstSeenAt:yyyy-MM-dd}.</p>");
        foreach (var c in d.Cases)
        {
            h.Append($"<h2>Case {E(c.Reference)}: {E(c.Subject)}</h2><p>Opened {c.OpenedAt:yyyy-MM-dd}.</p>");
            foreach (var m in d.Messages.Where(m => m.CaseId == c.Id))
            {
                h.Append($"<h3>Your email of {m.SentAt:yyyy-MM-dd HH:mm}: {E(m.Subject)}</h3><pre>{E(m.TextBody)}</pre>");
                h.Append($"<p>Status: {m.Status}{(m.StatusReason is { } r ? " (" + E(r) + ")" : "")}. Topics: {E(string.Join(", ", m.Topics.Select(t => t.TopicId)))}.</p>");
                foreach (var draft in m.Drafts.OrderBy(x => x.Version))
                    h.Append($"<h4>Draft reply, version {draft.Version} ({draft.CreatedAt:yyyy-MM-dd}, by {E(draft.CreatedBy)})</h4><pre>{E(draft.TextBody)}</pre>");
                foreach (var f in (d.Forwards ?? []).Where(x => x.MessageId == m.Id))
                    h.Append($"<h4>Your email {(f.OutboxId is null ? "is to be passed" : "was passed")} to {E(f.ToName)} {E(f.ToConstituency)} &lt;{E(f.ToAddress)}&gt; ({f.PreparedAt:yyyy-MM-dd}, by {E(f.PreparedBy)}) with this note</h4><pre>{E(f.CoveringNote)}</pre>");
                foreach (var reply in d.Replies.Where(x => x.MessageId == m.Id))
                    h.Append($"<h4>{reply.Kind switch { Sending.OutboundKind.Acknowledgement => "Acknowledgement", Sending.OutboundKind.Forward => "Forward of your email", _ => "Reply" }} to {E(reply.ToAddress)} ({reply.Status}{(reply.SentAt is { } s ? $", sent {s:yyyy-MM-dd}" : "")})</h4><pre>{E(reply.TextBody)}</pre>");
            }
        }
        h.Append("<h2>Record of actions</h2><table><tr><th>When (UTC)</th><th>Who</th><th>What</th><th>Detail</th></tr>");
        foreach (var a in d.Audit)
            h.Append($"<tr><td>{a.At:yyyy-MM-dd HH:mm}</td><td>{E(a.Actor)}</td><td>{E(a.Action)}</td><td>{E(a.Detail)}</td></tr>");
        h.Append("</table></body></html>");
        return h.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
