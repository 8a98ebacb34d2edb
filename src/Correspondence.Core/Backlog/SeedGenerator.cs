using Correspondence.Core.Cases;
using Correspondence.Core.Sending;

namespace Correspondence.Core.Backlog;

/// <summary>Makes the synthetic rows for <see cref="BacklogSeeder"/>, batch by batch, from one seeded Random.</summary>
internal sealed class SeedGenerator
{
    /// <summary>The highest id already used in each table; new rows are numbered after them.</summary>
    public sealed record Ids(long Constituent, long Case, long Message, long Topic, long Draft, long Approval, long Outbox, long Uid);

    public sealed class Batch
    {
        public List<Constituent> Constituents { get; } = [];
        public List<Case> Cases { get; } = [];
        public List<InboundMessage> Messages { get; } = [];
        public List<TopicAssignment> Topics { get; } = [];
        public List<Draft> Drafts { get; } = [];
        public List<Approval> Approvals { get; } = [];
        public List<OutboundReply> Outbox { get; } = [];
    }

    private static readonly string[] FirstNames = ["Amira", "Ben", "Catherine", "David", "Eilidh", "Femi", "Grace", "Harpreet", "Ian", "Joanna", "Kwame", "Lucy", "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sarah", "Tom", "Zofia"];
    private static readonly string[] LastNames = ["Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes", "Jones", "Kaur", "Lewis", "MacDonald", "Nowak", "O'Neill", "Patel", "Roberts", "Smith", "Taylor", "Williams", "Wilson"];
    private static readonly string[] Subjects = ["Please act on {0}", "{0}: my concerns", "A question for the MP about {0}", "Will the MP speak up on {0}?", "Re: {0}", "{0} - urgent"];
    // Statuses a message can be stuck in for weeks: the tail past the reply target.
    private static readonly MessageStatus[] Stuck = [MessageStatus.Escalated, MessageStatus.Escalated, MessageStatus.NeedsTriage, MessageStatus.Drafted,
        MessageStatus.Drafted, MessageStatus.SendFailed, MessageStatus.PossiblySent, MessageStatus.Bounced, MessageStatus.Quarantined, MessageStatus.NonConstituent];

    private readonly BacklogSeeder.Settings _settings;
    private readonly Random _random;
    private readonly long[] _constituentIds;
    private readonly long[] _lastCase;
    private readonly double[] _pace;
    private readonly double _topicWeightTotal;
    private long _constituent, _case, _message, _topic, _draft, _approval, _outbox, _uid;
    private int _produced;

    public SeedGenerator(BacklogSeeder.Settings settings, Ids start)
    {
        _settings = settings;
        _random = new Random(settings.Seed);
        var pool = Math.Max(1, settings.Messages / 3);
        _constituentIds = new long[pool];
        _lastCase = new long[pool];
        // Each caseworker has their own pace, so the per-caseworker medians differ as they would in an office.
        _pace = settings.Caseworkers.Select(_ => 0.6 + _random.NextDouble()).ToArray();
        _topicWeightTotal = Enumerable.Range(0, settings.Topics.Count).Sum(TopicWeight);
        (_constituent, _case, _message, _topic, _draft, _approval, _outbox, _uid) =
            (start.Constituent, start.Case, start.Message, start.Topic, start.Draft, start.Approval, start.Outbox, start.Uid);
    }

    public Batch Next(int count)
    {
        var batch = new Batch();
        var span = TimeSpan.FromDays(_settings.Days);
        var from = _settings.UntilUtc - span;
        for (var i = 0; i < count; i++, _produced++)
        {
            // Evenly spread (stratified) over the period, so ids grow with time as real mail would.
            var received = from + span * ((_produced + _random.NextDouble()) / _settings.Messages);
            if (received.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && _random.NextDouble() < 0.7)
            {
                var monday = received.AddDays(received.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
                if (monday < _settings.UntilUtc) received = monday; // most weekend mail is written, or read, on Monday
            }
            AddMessage(batch, received);
        }
        return batch;
    }

    private void AddMessage(Batch batch, DateTime received)
    {
        var now = _settings.UntilUtc;
        var worker = _random.Next(_settings.Caseworkers.Count);
        var topicIndex = PickTopic();
        // Days to reply: log-normal, median about five days at an average pace, a long tail past three weeks.
        var days = Math.Exp(Math.Log(5 * _pace[worker]) + 0.7 * Gaussian());
        var answeredAt = received + TimeSpan.FromDays(days);
        var roll = _random.NextDouble();
        MessageStatus status;
        if (roll < 0.015) status = Stuck[_random.Next(Stuck.Length)];
        else if (answeredAt > now) status = InProgress(now - received);
        else if (roll < 0.095) status = MessageStatus.Closed;
        else status = roll < 0.1 ? MessageStatus.Bounced : MessageStatus.Sent;
        if (answeredAt > now)
        {
            // Not answered yet: an approval still queued happened a little while ago.
            var recently = now - TimeSpan.FromMinutes(_random.Next(5, 120));
            answeredAt = recently > received ? recently : received;
        }

        var who = PickConstituent(batch, received);
        var (caseId, isNewCase) = _lastCase[who.Index] != 0 && _random.NextDouble() < 0.3 ? (_lastCase[who.Index], false) : (++_case, true);
        _lastCase[who.Index] = caseId;
        var topicId = _settings.Topics[topicIndex];
        var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, Subjects[_random.Next(Subjects.Length)], topicId);
        if (isNewCase) batch.Cases.Add(new Case { Id = caseId, ConstituentId = who.Id, OpenedAt = received, Subject = subject });

        var id = ++_message;
        var draftedAt = received + TimeSpan.FromMinutes(2);
        var message = new InboundMessage
        {
            Id = id, Mailbox = BacklogSeeder.Mailbox, UidValidity = 1, Uid = ++_uid, CaseId = caseId,
            MessageIdHeader = $"<seed-{id}@constituents.example.org>", BodyHash = id.ToString("x64", System.Globalization.CultureInfo.InvariantCulture),
            FromName = who.Name, FromAddress = who.Email, Subject = subject,
            TextBody = $"Dear MP,\n\nI am writing to you about {topicId}. I would like to know what you will do about it.\n\nYours sincerely,\n{who.Name}",
            SentAt = received - TimeSpan.FromMinutes(1), ReceivedAt = received, SizeBytes = 2_000 + _random.Next(6_000),
            Status = status, StatusChangedAt = status is MessageStatus.Sent or MessageStatus.Closed or MessageStatus.Bounced ? answeredAt : draftedAt,
            StatusReason = status switch
            {
                MessageStatus.NeedsTriage => "not confident of the topic",
                MessageStatus.Quarantined => "malformed MIME",
                MessageStatus.SendFailed => "550 mailbox unavailable",
                MessageStatus.Closed => "no reply needed",
                _ => null,
            },
        };
        batch.Messages.Add(message);

        if (status is MessageStatus.NeedsTriage or MessageStatus.Received or MessageStatus.Quarantined or MessageStatus.NonConstituent) return;
        batch.Topics.Add(new TopicAssignment { Id = ++_topic, MessageId = id, TopicId = topicId, Confidence = 0.6 + 0.4 * _random.NextDouble() });
        if (_random.NextDouble() < 0.05 && _settings.Topics.Count > 1)
        {
            var second = _settings.Topics[(topicIndex + 1 + _random.Next(_settings.Topics.Count - 1)) % _settings.Topics.Count];
            batch.Topics.Add(new TopicAssignment { Id = ++_topic, MessageId = id, TopicId = second, Confidence = 0.5 + 0.3 * _random.NextDouble() });
        }
        if (status is MessageStatus.Triaged or MessageStatus.Closed) return;

        var draft = new Draft
        {
            Id = ++_draft, MessageId = id, Version = 1, Subject = "Re: " + subject, CreatedAt = draftedAt, CreatedBy = "system",
            TextBody = $"Dear {who.Name},\n\nThank you for writing to me about {topicId}.\n\nYours sincerely",
        };
        batch.Drafts.Add(draft);
        var outboxStatus = status switch
        {
            MessageStatus.Approved => OutboxStatus.Queued,
            MessageStatus.Sent => OutboxStatus.Sent,
            MessageStatus.Bounced => OutboxStatus.Bounced,
            MessageStatus.SendFailed => OutboxStatus.Failed,
            MessageStatus.PossiblySent => OutboxStatus.PossiblySent,
            _ => (OutboxStatus?)null,
        };
        if (outboxStatus is not { } sent) return;
        var approver = _settings.Caseworkers[worker];
        batch.Approvals.Add(new Approval { Id = ++_approval, DraftId = draft.Id, ApprovedBy = approver, ApprovedAt = answeredAt });
        batch.Outbox.Add(new OutboundReply
        {
            Id = ++_outbox, MessageId = id, LetterReceivedAt = received, DraftId = draft.Id, MessageIdHeader = $"<reply-seed-{id}@office.example.org>",
            InReplyTo = message.MessageIdHeader, References = message.MessageIdHeader, ToAddress = who.Email, ToName = who.Name,
            Subject = draft.Subject, TextBody = draft.TextBody, HtmlBody = $"<p>{draft.TextBody.Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p>",
            Status = sent, Attempts = sent == OutboxStatus.Queued ? 0 : 1, QueuedAt = answeredAt, ApprovedBy = approver,
            SentAt = sent is OutboxStatus.Sent or OutboxStatus.Bounced ? answeredAt + TimeSpan.FromMinutes(1) : null,
            LastError = sent == OutboxStatus.Failed ? "550 mailbox unavailable" : null,
        });
    }

    /// <summary>Where an unanswered, recent message has got to.</summary>
    private MessageStatus InProgress(TimeSpan age)
    {
        if (age < TimeSpan.FromMinutes(10)) return MessageStatus.Received;
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.78 => MessageStatus.Drafted,
            < 0.86 => MessageStatus.NeedsTriage,
            < 0.91 => MessageStatus.Escalated,
            < 0.94 => MessageStatus.Triaged,
            < 0.97 => MessageStatus.Approved,
            _ => MessageStatus.Received,
        };
    }

    private (int Index, long Id, string Name, string Email) PickConstituent(Batch batch, DateTime at)
    {
        var index = _random.Next(_constituentIds.Length);
        var name = $"{FirstNames[index % FirstNames.Length]} {LastNames[index / FirstNames.Length % LastNames.Length]}";
        if (_constituentIds[index] == 0)
        {
            _constituentIds[index] = ++_constituent;
            batch.Constituents.Add(new Constituent { Id = _constituent, Email = Email(_constituent), Name = name, FirstSeenAt = at });
        }
        return (index, _constituentIds[index], name, Email(_constituentIds[index]));
    }

    private static string Email(long id) => $"constituent{id}@seed.example.org";

    // Topics by popularity, the first most written about (a Zipf-like spread).
    private static double TopicWeight(int index) => 1.0 / (index + 1);

    private int PickTopic()
    {
        var x = _random.NextDouble() * _topicWeightTotal;
        for (var i = 0; i < _settings.Topics.Count; i++)
            if ((x -= TopicWeight(i)) <= 0) return i;
        return _settings.Topics.Count - 1;
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
