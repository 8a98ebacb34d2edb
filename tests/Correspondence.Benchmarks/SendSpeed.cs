using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Correspondence.Core;
using Correspondence.Core.Cases;
using Correspondence.Core.Data;
using Correspondence.Core.Drafting;
using Correspondence.Core.Office;
using Correspondence.Core.Sending;
using Correspondence.Core.Triage;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using MailKit.Net.Smtp;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Correspondence.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Correspondence.Benchmarks -- send [--replies 2000] [--workers 4]
/// Unthrottled sending to one in-process SMTP server (the SmtpServer package, TCP no-delay) on loopback, in one run:
/// a raw MailKit loop (one connection for all, and a connection per message as the job makes), then the job path
/// (SendReplyJob on approved outbox rows in a fresh SQLite file: slot, claim, build, send, mark Sent with its audit
/// record) with N workers side by side; then render time per draft (ReplyComposer, a letter of about 40 lines).
/// </summary>
public static class SendSpeed
{
    public static async Task<int> RunAsync(string[] args, string templates)
    {
        var replies = Arg(args, "--replies", 2000);
        var workers = Arg(args, "--workers", 4);
        var batch = Arg(args, "--batch", 10);
        // The job path's first few hundred replies JIT (and re-JIT, tiered) EF Core's and SQLite's code paths: timed cold,
        // that warm-up, not the sending, is what gets measured. The raw loop is warmed up the same way below.
        var warmup = Arg(args, "--warmup", 300);
        await using var server = new Sink();
        Console.WriteLine($"SMTP sink on 127.0.0.1:{server.Port}; {replies:N0} replies; {Environment.ProcessorCount} cores; load average {Output.LoadAverage()}");
        var sample = SampleReply();

        await RawAsync(server, sample, warmup, oneConnection: true); // warm-up (JIT, sockets)
        await RawAsync(server, sample, warmup, oneConnection: false);
        var cpu = Cpu();
        var rawOne = await RawAsync(server, sample, replies, oneConnection: true);
        var rawOneCpu = Cpu() - cpu;
        cpu = Cpu();
        var rawEach = await RawAsync(server, sample, replies, oneConnection: false);
        var rawEachCpu = Cpu() - cpu;
        // CPU time (this process: client, server and, for the job path, EF Core and SQLite) per message: under a shared
        // machine's load the wall-clock rate says more about the other processes than about this code.
        Console.WriteLine($"raw MailKit, one connection:          {replies / rawOne.TotalSeconds,8:N0} messages/s ({rawOne.TotalSeconds:0.00} s; CPU {rawOneCpu.TotalMilliseconds / replies:0.00} ms/message)");
        Console.WriteLine($"raw MailKit, a connection per message: {replies / rawEach.TotalSeconds,8:N0} messages/s ({rawEach.TotalSeconds:0.00} s; CPU {rawEachCpu.TotalMilliseconds / replies:0.00} ms/message)");

        var file = Path.Combine(Path.GetTempPath(), $"correspondence-bench-send-{Guid.NewGuid():N}.db");
        try
        {
            using var host = BuildHost(server.Port, file, templates, batch);
            await host.Services.PrepareDatabaseAsync();
            await host.StartAsync();
            var all = await SeedAsync(host.Services, warmup + replies);
            await RunJobsAsync(host.Services, all.Take(warmup).ToList(), workers);
            var ids = all.Skip(warmup).ToList();
            await using (var warm = host.Services.CreateAsyncScope())
                replies = await warm.ServiceProvider.GetRequiredService<CorrespondenceDbContext>().Outbox.CountAsync(o => o.Status == OutboxStatus.Queued);
            var before = server.Count;
            var clock = Stopwatch.StartNew();
            var pathCpu = Cpu();
            await RunJobsAsync(host.Services, ids, workers);
            var path = clock.Elapsed;
            pathCpu = Cpu() - pathCpu;
            // A job for a reply already sent (its batch took it): what each of the other jobs in a batch costs.
            var skipCpu = Cpu();
            var skipClock = Stopwatch.StartNew();
            foreach (var id in ids.Take(500))
            {
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SendReplyJob>().RunAsync(id, CancellationToken.None);
            }
            Console.WriteLine($"a job whose reply was already sent: {skipClock.Elapsed.TotalMilliseconds / 500:0.00} ms, CPU {(Cpu() - skipCpu).TotalMilliseconds / 500:0.00} ms");
            await using var check = host.Services.CreateAsyncScope();
            var sent = await check.ServiceProvider.GetRequiredService<CorrespondenceDbContext>().Outbox.CountAsync(o => o.Status == OutboxStatus.Sent) - (all.Count - replies);
            var sqlite = await PragmasAsync(check.ServiceProvider);
            Console.WriteLine($"job path, {workers} workers, batch {batch,3}:     {replies / path.TotalSeconds,8:N0} replies/s ({path.TotalSeconds:0.00} s; CPU {pathCpu.TotalMilliseconds / replies:0.00} ms/reply; {sent:N0} marked Sent, server got {server.Count - before:N0}; SQLite {sqlite})");
            Console.WriteLine($"job path vs raw (connection per message): {path.TotalSeconds / rawEach.TotalSeconds:0.0}x the time");
            await host.StopAsync();

            var (compose, html, lines) = RenderTimes(host.Services);
            Console.WriteLine($"render per draft ({lines} lines): compose {compose * 1000:0.000} ms, HTML part {html * 1000:0.000} ms (mean of 2,000)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                File.Delete(file + suffix);
        }
        return 0;
    }

    /// <summary>A send job per reply, as approval enqueues them, run by <paramref name="workers"/> side by side.</summary>
    private static Task RunJobsAsync(IServiceProvider services, List<long> ids, int workers)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < ids.Count; i = Interlocked.Increment(ref next))
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SendReplyJob>().RunAsync(ids[i], CancellationToken.None);
            }
        })));
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    private static MimeMessage SampleReply()
    {
        var reply = new OutboundReply
        {
            MessageIdHeader = "bench@mp.example", LetterReceivedAt = DateTime.UtcNow, ToAddress = "mary@example.org", ToName = "Mary Seacole", Subject = "Re: Support for Ukraine",
            TextBody = string.Join("\n", Enumerable.Repeat("The United Kingdom stands with Ukraine and will keep supporting it.", 40)),
            HtmlBody = "<p>" + string.Join("</p><p>", Enumerable.Repeat("The United Kingdom stands with Ukraine and will keep supporting it.", 40)) + "</p>",
        };
        return ReplyMessageBuilder.Build(reply, Office(), DateTime.UtcNow);
    }

    private static OfficeOptions Office() => new()
    {
        MpName = "Alex Example MP", Constituency = "Exampleton North", OfficeAddress = "House of Commons, London SW1A 0AA",
        FromName = "Office of Alex Example MP", FromAddress = "office@mp.example", Signature = "Alex Example MP",
    };

    private static async Task<TimeSpan> RawAsync(Sink server, MimeMessage message, int count, bool oneConnection)
    {
        var clock = Stopwatch.StartNew();
        SmtpClient? client = null;
        for (var i = 0; i < count; i++)
        {
            if (client is null)
            {
                client = new SmtpClient();
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, server.Port);
                await client.ConnectAsync(socket, "127.0.0.1", server.Port, MailKit.Security.SecureSocketOptions.None);
            }
            await client.SendAsync(message);
            if (!oneConnection)
            {
                await client.DisconnectAsync(true);
                client.Dispose();
                client = null;
            }
        }
        if (client is not null) { await client.DisconnectAsync(true); client.Dispose(); }
        return clock.Elapsed;
    }

    private static IHost BuildHost(int smtpPort, string file, string templates, int batch)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={file}",
            ["Inbox:Source"] = "None",
            ["Paths:Templates"] = templates,
            ["Triage:ModelFolder"] = Path.Combine(Path.GetTempPath(), "correspondence-bench-models"),
            ["Sending:Transport"] = "Smtp",
            ["Sending:Smtp:Host"] = "127.0.0.1",
            ["Sending:Smtp:Port"] = smtpPort.ToString(),
            ["Sending:Smtp:Security"] = "None",
            ["Sending:RateLimit:PerMinute"] = "0",
            ["Sending:RateLimit:PerDay"] = "0",
            ["Sending:BatchSize"] = batch.ToString(),
            ["Office:MpName"] = "Alex Example MP",
            ["Office:Constituency"] = "Exampleton North",
            ["Office:OfficeAddress"] = "House of Commons, London SW1A 0AA",
            ["Office:FromName"] = "Office of Alex Example MP",
            ["Office:FromAddress"] = "office@mp.example",
            ["Office:Signature"] = "Alex Example MP\nMember of Parliament for Exampleton North",
        });
        builder.Services.AddCorrespondenceCore();
        // The jobs run by hand here; a job that reschedules itself would land in this (unused) client.
        builder.Services.AddSingleton<IBackgroundJobClient, NoJobs>();
        return builder.Build();
    }

    /// <summary>Approved replies as ReplyApproval leaves them: message Approved, its draft, and a Queued outbox row.</summary>
    private static async Task<List<long>> SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>();
        var composer = scope.ServiceProvider.GetRequiredService<ReplyComposer>();
        var office = services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var now = DateTime.UtcNow;
        var constituent = new Constituent { Email = "mary@example.org", Name = "Mary Seacole", FirstSeenAt = now };
        var @case = new Case { Constituent = constituent, OpenedAt = now, Subject = "Support for Ukraine" };
        var text = string.Join("\n", Enumerable.Repeat("The United Kingdom stands with Ukraine and will keep supporting it.", 40));
        var html = composer.RenderHtml("Re: Support for Ukraine", text, "COR-000001");
        var rows = new List<OutboundReply>();
        for (var i = 0; i < count; i++)
        {
            var message = new InboundMessage
            {
                Mailbox = "bench", UidValidity = 1, Uid = i + 1, MessageIdHeader = $"letter-{i}@example.org", BodyHash = $"h{i}",
                FromAddress = $"constituent.{i}@example.org", FromName = "Mary Seacole", Subject = "Support for Ukraine", TextBody = "Please support Ukraine.",
                SentAt = now, ReceivedAt = now, StatusChangedAt = now, Status = MessageStatus.Approved, Case = @case,
            };
            var draft = new Draft { Version = 1, Subject = "Re: Support for Ukraine", TextBody = text, CreatedAt = now, CreatedBy = "bench" };
            message.Drafts.Add(draft);
            db.Messages.Add(message);
            rows.Add(new OutboundReply
            {
                LetterReceivedAt = message.ReceivedAt, MessageIdHeader = ReplyMessageBuilder.NewMessageId(office), InReplyTo = message.MessageIdHeader, References = $"<{message.MessageIdHeader}>",
                ToAddress = message.FromAddress, ToName = message.FromName, Subject = draft.Subject, TextBody = text, HtmlBody = html, QueuedAt = now, ApprovedBy = "bench",
            });
        }
        await db.SaveChangesAsync();
        var messages = db.Messages.Local.OrderBy(m => m.Uid).ToList();
        for (var i = 0; i < count; i++)
        {
            rows[i].MessageId = messages[i].Id;
            rows[i].DraftId = messages[i].Drafts[0].Id;
        }
        db.Outbox.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }

    /// <summary>ReplyComposer on a two-topic letter (three paragraphs each, ~40 lines with the layout), then its HTML part.</summary>
    private static (double Compose, double Html, int Lines) RenderTimes(IServiceProvider services)
    {
        var composer = services.GetRequiredService<ReplyComposer>();
        var policies = services.GetRequiredService<PolicyLibrary>();
        var sections = policies.Topics.Take(2)
            .Select(t => new ReplyComposer.TopicSection(t.Id, t.Paragraphs.Take(3).Select(p => p.Id).ToList())).ToList();
        var draft = composer.Compose("Support for Ukraine", "Mary Seacole", "COR-000001", sections);
        for (var i = 0; i < 200; i++) composer.RenderHtml(draft.Subject, composer.Compose("Support for Ukraine", "Mary Seacole", "COR-000001", sections).Text, "COR-000001");
        const int n = 2000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) draft = composer.Compose("Support for Ukraine", "Mary Seacole", "COR-000001", sections);
        var compose = clock.Elapsed.TotalSeconds / n;
        clock.Restart();
        for (var i = 0; i < n; i++) composer.RenderHtml(draft.Subject, draft.Text, "COR-000001");
        var html = clock.Elapsed.TotalSeconds / n;
        return (compose, html, draft.Text.Split('\n').Length);
    }

    private static async Task<string> PragmasAsync(IServiceProvider services)
    {
        var connection = services.GetRequiredService<CorrespondenceDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var journal = await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous";
        return $"journal_mode={journal}, synchronous={await command.ExecuteScalarAsync()}";
    }

    private sealed class NoJobs : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => "0";
        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }

    /// <summary>The SmtpServer package on a free loopback port, TCP no-delay on, counting what it accepts.</summary>
    private sealed class Sink : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _running;
        private int _count;
        public int Port { get; }
        public int Count => _count;

        public Sink()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); Port = ((IPEndPoint)probe.LocalEndpoint).Port; }
            var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(new Store(this));
            services.Add(new NoDelayListeners());
            _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try { await _running; } catch (OperationCanceledException) { }
        }

        private sealed class Store(Sink owner) : MessageStore
        {
            public override Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
            {
                Interlocked.Increment(ref owner._count);
                return Task.FromResult(SmtpServer.Protocol.SmtpResponse.Ok);
            }
        }

        /// <summary>No-delay on the listening socket (Linux passes it on to accepted ones); the package keeps its TcpListener private.</summary>
        private sealed class NoDelayListeners : SmtpServer.Net.EndpointListenerFactory
        {
            public override SmtpServer.Net.IEndpointListener CreateListener(IEndpointDefinition definition)
            {
                var listener = base.CreateListener(definition);
                var tcp = listener.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
                    .Select(f => f.GetValue(listener)).OfType<TcpListener>().FirstOrDefault();
                if (tcp is not null) tcp.Server.NoDelay = true;
                return listener;
            }
        }
    }
}
