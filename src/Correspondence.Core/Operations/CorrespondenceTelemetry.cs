using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Correspondence.Core.Operations;

/// <summary>
/// The product's own metrics and traces (names under "correspondence."). Counted from the audit records every change
/// already writes (see <see cref="AuditMetricsInterceptor"/>), so a new feature is measured without extra code, and a
/// count can never disagree with the audit trail.
/// </summary>
public static class CorrespondenceTelemetry
{
    public const string Name = "Correspondence";

    public static readonly Meter Meter = new(Name);
    public static readonly ActivitySource Source = new(Name);

    /// <summary>Every audited action, tagged with it: "received", "status:Drafted", "approved", "reply-sent", ...</summary>
    public static readonly Counter<long> Events = Meter.CreateCounter<long>("correspondence.events", description: "Audited actions, by action");

    public static readonly Counter<long> MessagesIngested = Meter.CreateCounter<long>("correspondence.messages.ingested", description: "Inbound messages stored");
    public static readonly Counter<long> MessagesTriaged = Meter.CreateCounter<long>("correspondence.messages.triaged", description: "Messages given topics or sent to a person, by outcome");
    public static readonly Counter<long> DraftsCreated = Meter.CreateCounter<long>("correspondence.messages.drafted", description: "Messages drafted");
    public static readonly Counter<long> RepliesSent = Meter.CreateCounter<long>("correspondence.replies.sent", description: "Replies and acknowledgements sent");
    public static readonly Counter<long> RepliesFailed = Meter.CreateCounter<long>("correspondence.replies.failed", description: "Replies that failed, may have been sent (a person checks), or bounced");
    public static readonly Counter<long> JobsFailed = Meter.CreateCounter<long>("correspondence.jobs.failed", description: "Background job attempts that failed, by job");
}
