using Correspondence.Core.Triage.Learning;
using Microsoft.Extensions.Options;

namespace Correspondence.Core.Triage;

/// <summary>The classifier the app uses: the active trained model, or the keyword rule when Triage:Classifier says so.</summary>
public sealed class ActiveTopicClassifier(TopicModelStore models, KeywordClassifier keywords, IOptions<TriageOptions> options) : ITopicClassifier
{
    private readonly KeywordTopicClassifier _rule = new(keywords, options);

    public string Name => Current.Name;

    public TopicClassification Classify(string subject, string body) => Current.Classify(subject, body);

    private ITopicClassifier Current => options.Value.Classifier == ClassifierKind.Keywords
        ? _rule
        : new LearnedTopicClassifier(models.Current, options.Value, keywords);
}
