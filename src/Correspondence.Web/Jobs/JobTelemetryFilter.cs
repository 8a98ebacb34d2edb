using System.Diagnostics;
using Correspondence.Core.Operations;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;

namespace Correspondence.Web.Jobs;

/// <summary>A trace span around every background job, and a count of failed attempts by job, with no code in the jobs.</summary>
public sealed class JobTelemetryFilter : JobFilterAttribute, IServerFilter, IElectStateFilter
{
    private const string ActivityKey = "correspondence.activity";

    public void OnPerforming(PerformingContext context)
    {
        var activity = CorrespondenceTelemetry.Source.StartActivity($"job {JobName(context.BackgroundJob.Job)}");
        activity?.SetTag("hangfire.job.id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ActivityKey, out var value) && value is Activity activity)
        {
            if (context.Exception is { } ex) activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity.Dispose();
        }
    }

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is FailedState)
            CorrespondenceTelemetry.JobsFailed.Add(1, new KeyValuePair<string, object?>("job", JobName(context.BackgroundJob.Job)));
    }

    private static string JobName(Job? job) => job is null ? "unknown" : $"{job.Type.Name}.{job.Method.Name}";
}
