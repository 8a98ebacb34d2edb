using System.Collections.Concurrent;
using Correspondence.Core.Cases;
using Correspondence.Core.Inbox;
using Correspondence.Core.Safeguarding;
using Correspondence.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Correspondence.IntegrationTests.Safeguarding;

/// <summary>A threat or a cry for help is escalated before the acknowledgement and triage, with the evidence audited; bodies stay out of logs.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SafeguardingPipelineTests
{
    private const string ThreatSentence = "If you vote for the bill again I am going to come to your office and hurt you";
    private const string OrdinarySentence = "Please keep supporting Ukraine against Russia with arms and aid, my neighbour Bartholomew agrees";

    private static CorrespondenceApp NewApp() => new(new Dictionary<string, string?>
    {
        ["Web:RunInboxWorker"] = "false",
        ["Jobs:RunServer"] = "false",
        ["Acknowledgement:Enabled"] = "true",
    });

    private static string Letter(string id, string body) => $"""
        From: Sam Writer <{id}@example.org>
        To: office@mp.example
        Subject: Ukraine vote
        Message-ID: <{id}@example.org>
        Content-Type: text/plain; charset=utf-8

        {body}.
        """.ReplaceLineEndings("\r\n");

    [Fact]
    public async Task ThreateningLetter_IsEscalatedWithEvidence_NeitherAcknowledgedNorDrafted_AndNoBodyInLogs()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = NewApp();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var inbox = app.Inbox;
        await File.WriteAllTextAsync(Path.Combine(inbox, "threat.eml"), Letter("threat", ThreatSentence));
        await File.WriteAllTextAsync(Path.Combine(inbox, "ordinary.eml"), Letter("ordinary", OrdinarySentence));

        await ActivatorUtilities.CreateInstance<InboxWorker>(logged.Services).RunOnceAsync(CancellationToken.None);

        await using var db = logged.Services.CreateScope().ServiceProvider.GetRequiredService<Correspondence.Core.Data.CorrespondenceDbContext>();
        var threat = await db.Messages.Include(m => m.Drafts).SingleAsync(m => m.MessageIdHeader == "threat@example.org");
        Assert.Equal(MessageStatus.Escalated, threat.Status);
        Assert.StartsWith(SafeguardingScreen.ReasonPrefix + "threat", threat.StatusReason);
        Assert.Contains("hurt you", threat.StatusReason);
        Assert.Empty(threat.Drafts);
        Assert.False(await db.Outbox.AnyAsync(o => o.MessageId == threat.Id)); // no acknowledgement either
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == threat.Id.ToString() && a.Action == "status:Escalated");
        Assert.Contains("hurt you", audit.Detail);

        var ordinary = await db.Messages.SingleAsync(m => m.MessageIdHeader == "ordinary@example.org");
        Assert.Equal(MessageStatus.Drafted, ordinary.Status);
        Assert.True(await db.Outbox.AnyAsync(o => o.MessageId == ordinary.Id));

        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, l => l.Contains("escalated for safeguarding: threat"));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Bartholomew") || l.Contains("come to your office"));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Queue { get; } = new();
        public IReadOnlyList<string> Lines => Queue.ToList();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Queue.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
