using Correspondence.Core.Acknowledgements;
using Correspondence.Core.Constituency;
using Correspondence.Core.Backlog;
using Correspondence.Core.Campaigns;
using Correspondence.Core.Data;
using Correspondence.Core.DataProtection;
using Correspondence.Core.Drafting;
using Correspondence.Core.Inbox;
using Correspondence.Core.Office;
using Correspondence.Core.Safeguarding;
using Correspondence.Core.Sending;
using Correspondence.Core.Templates;
using Correspondence.Core.Triage;
using Correspondence.Core.Triage.Learning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Correspondence.Core;

public static class CorrespondenceCoreExtensions
{
    /// <summary>Everything the product's logic needs, shared by every host. Options are validated when the host starts.</summary>
    public static IServiceCollection AddCorrespondenceCore(this IServiceCollection services)
    {
        services.AddCorrespondenceDatabase();
        services.AddValidatedOptions<OfficeOptions>(OfficeOptions.Section);
        services.AddValidatedOptions<PathsOptions>(PathsOptions.Section);
        services.AddValidatedOptions<TriageOptions>(TriageOptions.Section);
        services.AddValidatedOptions<InboxOptions>(InboxOptions.Section);
        services.AddValidatedOptions<SendingOptions>(SendingOptions.Section);
        services.AddValidatedOptions<AcknowledgementOptions>(AcknowledgementOptions.Section);
        services.AddValidatedOptions<ConstituencyOptions>(ConstituencyOptions.Section);
        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddValidatedOptions<BacklogOptions>(BacklogOptions.Section);
        services.AddValidatedOptions<CampaignOptions>(CampaignOptions.Section);
        services.AddValidatedOptions<Holding.HoldingOptions>(Holding.HoldingOptions.Section);
        services.AddSingleton<IValidateOptions<PathsOptions>, PathsOptionsValidator>();
        services.AddSingleton(TimeProvider.System);

        // Templates and policies are the files in templates/, read at start (a broken one fails the start with its name),
        // overlaid by the revisions an admin saved in the UI (TemplateSet).
        services.AddSingleton<TemplateSet>();
        services.AddSingleton(sp => new PolicyLibrary(sp.GetRequiredService<TemplateSet>()));
        services.AddSingleton<KeywordClassifier>();
        services.AddSingleton<TopicModelTrainer>();
        services.AddSingleton<TopicModelStore>();
        services.AddSingleton<ITopicClassifier, ActiveTopicClassifier>();
        services.AddSingleton<PolicyMatcher>();
        services.AddSingleton<TemplateRenderer>();
        services.AddSingleton<ReplyComposer>();
        services.AddSingleton(sp => new SafeguardingDetector(SafeguardingRules.Load(
            Path.Combine(sp.GetRequiredService<TemplateSet>().Folder, SafeguardingRules.FileName))));
        services.AddScoped<SafeguardingScreen>();
        services.AddScoped<ConstituencyCheck>();
        services.AddScoped<ConstituencyReplies>();
        services.AddScoped<ConstituentMerger>();
        services.AddScoped<SubjectExporter>();
        services.AddScoped<SubjectEraser>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<Holding.HoldingReplies>();
        services.AddScoped<Holding.HoldingReplyJob>();
        services.AddSingleton<WorkingCalendar>();
        services.AddMemoryCache();

        services.AddScoped<BacklogReports>();
        services.AddScoped<MessageIngestor>();
        services.AddScoped<CaseLinker>();
        services.AddScoped<BounceRecorder>();
        services.AddScoped<DropFolderReader>();
        services.AddScoped<ImapMailboxReader>();
        services.AddHttpClient<IOAuth2TokenProvider, ClientCredentialsTokenProvider>();
        services.AddScoped<MessageTriage>();
        services.AddScoped<MessageDrafter>();
        services.AddScoped<MessageProcessor>();
        services.AddScoped<Acknowledger>();
        services.AddScoped<DraftEditor>();
        services.AddScoped<TemplateEditor>();
        services.AddScoped<TemplatePreview>();
        services.AddScoped<RedraftStaleJob>();
        services.AddScoped<TopicChange>();
        services.AddScoped<RetrainTopicModelJob>();
        services.AddScoped<ReplyApproval>();
        services.AddSingleton<CampaignDrafting>();
        services.AddScoped<CampaignGrouper>();
        services.AddScoped<CampaignRelease>();
        services.AddScoped<CampaignReleaseJob>();
        services.AddScoped<SendReplyJob>();
        services.AddScoped<OutboxSweeper>();
        services.AddScoped<SendSlots>();
        services.AddScoped<OutboxActions>();
        services.AddScoped<OutboxOverview>();
        services.AddScoped<FolderReplyTransport>();
        services.AddScoped<SmtpReplyTransport>();
        services.AddScoped<ImapSentFolder>();
        services.AddScoped<IReplyTransport>(sp => sp.GetRequiredService<IOptions<SendingOptions>>().Value.Transport switch
        {
            ReplyTransportKind.Smtp => sp.GetRequiredService<SmtpReplyTransport>(),
            _ => sp.GetRequiredService<FolderReplyTransport>(),
        });
        return services;
    }

    /// <summary>The inbound mail worker as a hosted service (the web app runs it by default; the Worker host always).</summary>
    /// <param name="enabled">Decided when the host starts, from bound options, so every settings source applies.</param>
    public static IServiceCollection AddCorrespondenceInboxWorker(this IServiceCollection services, Func<IServiceProvider, bool>? enabled = null)
    {
        services.AddSingleton<InboxWorker>();
        services.AddSingleton<IHostedService>(sp => enabled is null || enabled(sp) ? sp.GetRequiredService<InboxWorker>() : new DisabledWorker());
        return services;
    }

    private sealed class DisabledWorker : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static void AddValidatedOptions<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    private sealed class PathsOptionsValidator : IValidateOptions<PathsOptions>
    {
        public ValidateOptionsResult Validate(string? name, PathsOptions options) =>
            ContentPaths.FindFolder(options.Templates) is null
                ? ValidateOptionsResult.Fail($"Paths:Templates '{options.Templates}' was not found from {Directory.GetCurrentDirectory()} or its parents; set it to the templates folder's absolute path.")
                : ValidateOptionsResult.Success;
    }
}
