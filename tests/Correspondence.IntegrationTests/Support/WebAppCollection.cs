namespace Correspondence.IntegrationTests.Support;

/// <summary>Tests that start the web app (and so Hangfire, which keeps global state) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebAppCollection
{
    public const string Name = "web app";
}
