using System.Text;
using MimeKit;

namespace Correspondence.Benchmarks;

/// <summary>
/// A deterministic inbox of constituent mail: ~70% letters on a policy topic (some on two), ~20% casework no policy
/// answers, follow-ups to earlier letters, a campaign's identical text from many senders, and a few auto-replies.
/// Bodies are 1-3 KB of text; about a third are multipart/alternative with HTML, a few HTML only.
/// </summary>
public static class Letters
{
    private sealed record Topic(string[] Subjects, string[] Sentences);

    private static readonly Topic[] Policy =
    [
        new(["Support for Ukraine", "Military aid to Ukraine", "Sanctions on Russia", "Homes for Ukraine scheme", "Please keep standing with Ukraine"],
        [
            "Ukraine needs our continued support as Russia’s invasion goes into another winter.",
            "I host a Ukrainian family under the Homes for Ukraine scheme and their visas run out next spring.",
            "Sanctions on Russia are full of loopholes, and Russian oil still reaches us through third countries.",
            "Putin will not stop at Ukraine if the West loses interest, and Ukrainians know that better than anyone.",
            "Will you press the government to send more air defence to Kyiv before the winter strikes on the power grid?",
            "The Kremlin is counting on us getting tired; please show that we have not.",
        ]),
        new(["Ceasefire in Gaza now", "Humanitarian aid for Gaza", "Arms sales to Israel", "Recognise Palestine", "The hostages and the war in Gaza"],
        [
            "The situation in Gaza is unbearable to watch, and a ceasefire is needed now.",
            "Humanitarian aid is still being held at the crossings while children in Gaza go hungry.",
            "Israel has the right to defend itself, but the scale of Palestinian civilian deaths cannot be justified.",
            "The hostages taken by Hamas must be released, and their families deserve our government’s help.",
            "Will you call for the UK to recognise Palestine and support a two-state solution?",
            "What is happening in Rafah and the West Bank shames us all if we stay silent.",
        ]),
        new(["Defence spending", "Armed forces pay", "Trident renewal", "Our NATO commitments", "Support for veterans"],
        [
            "Defence spending has been cut for years and the armed forces are now too small for the threats we face.",
            "My son serves in the army and his pay has fallen behind what he could earn anywhere else.",
            "I am a veteran and the support for veterans in this area is patchy at best.",
            "Our NATO allies expect us to meet our commitments, and the Royal Navy has too few ships.",
            "Should we really spend so much on the nuclear deterrent and Trident while soldiers live in damp housing?",
            "Service families move every two years and the armed forces covenant is not honoured by every council.",
        ]),
        new(["Rejoin the EU", "Erasmus for young people", "Customs union", "Brexit and my business", "Closer ties with Europe"],
        [
            "Brexit has cost my small business dearly: exporting to the European Union now takes weeks of paperwork.",
            "Young people have lost Erasmus and freedom of movement, and we should ask to rejoin the EU.",
            "A customs union or a place in the single market would help every firm in this constituency.",
            "Our relationship with Europe matters more than ever, and a security pact with the EU is overdue.",
            "I voted to leave, but I now think closer ties with the European Union are in our interest.",
        ]),
    ];

    private static readonly Topic[] Casework =
    [
        new(["Pothole on the High Street", "Potholes on Mill Lane"], ["The pothole outside number 14 has damaged two of my tyres and the council has not filled it.", "I reported it three times on the council website and heard nothing back."]),
        new(["Hospital waiting list", "My mother's operation was cancelled"], ["My mother has waited fourteen months for a hip operation and is now in constant pain.", "The hospital cancelled her operation the night before, for the second time."]),
        new(["Universal Credit payment stopped", "Help with my benefits"], ["My Universal Credit payment stopped without warning after I reported a change of address.", "I have two children and no money for food until this is sorted out."]),
        new(["Housing repairs not done", "Damp and mould in my flat"], ["There is black mould in my daughter’s bedroom and the housing association will not send anyone.", "The landlord says the repairs are booked, but nobody has come in six weeks."]),
        new(["School place appeal", "No secondary school place"], ["Our son was not offered a place at any of the five schools we listed.", "The nearest school with space is a two-hour bus journey each way."]),
        new(["Bus route 42 cancelled", "Noise from the new warehouse"], ["The operator cancelled the only bus that gets me to work before eight.", "Lorries run past our houses all night and nobody seems responsible."]),
    ];

    private static readonly string[] Filler =
    [
        "I have lived in Exampleton for over twenty years and have never written to my MP before.",
        "Many of my neighbours feel the same way, and we talk about little else at the moment.",
        "I would be grateful for a reply setting out what you intend to do.",
        "I know you receive a great deal of post, so thank you for taking the time to read this.",
        "I would welcome the chance to discuss this at one of your surgeries if that would help.",
        "It is not an exaggeration to say that this is the issue that will decide how I vote.",
        "Please do not send me a standard reply; I would like to know your own view.",
    ];

    private const string CampaignText =
        "Dear Member of Parliament,\n\nI am writing to urge you to call for an immediate and permanent ceasefire in Gaza, " +
        "the release of all hostages, and unrestricted humanitarian aid into Gaza. The UK must stop arms sales to Israel while " +
        "there is a clear risk they are used against Palestinian civilians.\n\nPlease let me know what you will do.\n";

    private static readonly string[] First = ["Ada", "Mary", "Alan", "Grace", "Tommy", "Rosalind", "Siobhán", "Zoë", "Łukasz", "Priya", "Mohammed", "Olu", "Gareth", "Fiona", "Chen", "Amara", "José", "Bethan", "Ravi", "Niamh"];
    private static readonly string[] Last = ["Lovelace", "Seacole", "Turing", "Hopper", "Atkins", "Franklin", "Ní Bhriain", "O'Connor", "Kowalski", "Patel", "Hussain", "Adeyemi", "Jones", "MacLeod", "Wei", "Okafor", "García", "Evans", "Sharma", "Byrne"];
    private static readonly string[] Domains = ["example.com", "example.org", "example.net", "mail.example.co.uk", "post.example"];
    private static readonly string[] Postcodes = ["EX1 4QT", "EX2 5AB", "EX4 6PL", "EX8 1DJ", "EX12 2NR", "SW1A 0AA"];
    private static readonly string[] Mailers = ["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 128.4", "Roundcube Webmail/1.6", ""];

    public static IEnumerable<byte[]> Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var start = DateTimeOffset.UtcNow.AddDays(-14);
        var earlier = new List<(string Name, string Address, string Subject, string MessageId)>();
        for (var i = 0; i < count; i++)
        {
            var at = start.AddSeconds(i * 14 * 86400.0 / count);
            var roll = random.NextDouble();
            MimeMessage message;
            if (roll < 0.01)
                message = AutoReply(random, i, at);
            else if (roll < 0.06 && earlier.Count > 0)
            {
                var (name, address, subject, inReplyTo) = earlier[random.Next(earlier.Count)];
                message = Letter(random, i, at, name, address, "Re: " + subject, FollowUp(random, subject));
                message.InReplyTo = inReplyTo;
                message.References.Add(inReplyTo);
            }
            else if (roll < 0.09)
            {
                var (name, address) = Sender(random);
                message = Letter(random, i, at, name, address, "Ceasefire in Gaza now", CampaignText + $"\n{name}\n{Pick(random, Postcodes)}\n");
                message.Headers.Add("X-Mailer", "Action Network");
            }
            else
            {
                var (name, address) = Sender(random);
                var casework = roll >= 0.79;
                var topic = casework ? Pick(random, Casework) : Pick(random, Policy);
                var second = !casework && random.NextDouble() < 0.1 ? Pick(random, Policy) : null;
                var subject = Pick(random, topic.Subjects);
                message = Letter(random, i, at, name, address, subject, Body(random, name, topic, second));
                if (earlier.Count < 2000) earlier.Add((name, address, subject, message.MessageId!));
            }
            using var stream = new MemoryStream();
            message.WriteTo(new FormatOptions { NewLineFormat = NewLineFormat.Dos }, stream);
            yield return stream.ToArray();
        }
    }

    private static MimeMessage Letter(Random random, int i, DateTimeOffset at, string name, string address, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, Date = at, MessageId = $"{random.NextInt64():x16}.{i}@{address.Split('@')[1]}" };
        message.From.Add(new MailboxAddress(name, address));
        message.To.Add(new MailboxAddress("Alex Example MP", "office@mp.example"));
        if (Pick(random, Mailers) is { Length: > 0 } mailer) message.Headers.Add("X-Mailer", mailer);
        var kind = random.NextDouble();
        var builder = new BodyBuilder();
        if (kind >= 0.04) builder.TextBody = text.Replace("\n", "\r\n");
        if (kind < 0.35) builder.HtmlBody = Html(text);
        message.Body = builder.ToMessageBody();
        return message;
    }

    private static MimeMessage AutoReply(Random random, int i, DateTimeOffset at)
    {
        var (name, address) = Sender(random);
        var message = Letter(random, i, at, name, address, "Automatic reply: Your letter from Alex Example MP",
            $"Thank you for your email. I am out of the office until Monday and will read it when I return.\n\n{name}\n");
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        return message;
    }

    private static string Body(Random random, string name, Topic topic, Topic? second)
    {
        var target = random.Next(1024, 3072);
        var text = new StringBuilder(Pick(random, ["Dear Alex Example MP,", "Dear Alex,", "Dear Mr Example,", "Hello,"])).Append("\n\n");
        var pools = second is null ? [topic.Sentences] : new[] { topic.Sentences, second.Sentences };
        while (text.Length < target - 120)
        {
            var paragraph = Enumerable.Range(0, random.Next(2, 4))
                .Select(_ => random.NextDouble() < 0.7 ? Pick(random, Pick(random, pools)) : Pick(random, Filler));
            text.Append(string.Join(' ', paragraph)).Append("\n\n");
        }
        var closing = Pick(random, ["Yours sincerely,", "Kind regards,", "Best wishes,", "Thank you,"]);
        return text.Append($"{closing}\n\n{name}\n{random.Next(1, 200)} {Pick(random, ["High Street", "Mill Lane", "Church Road", "Station Road"])}\nExampleton\n{Pick(random, Postcodes)}\n").ToString();
    }

    private static string FollowUp(Random random, string subject) =>
        $"Dear Alex,\n\nFurther to my letter about {subject.ToLowerInvariant()}, I have still not had a reply. " +
        $"{Pick(random, Filler)} {Pick(random, Filler)}\n\nI would appreciate an answer.\n\nThank you\n";

    private static string Html(string text) =>
        "<html><head><style>p { font-family: Calibri, sans-serif; }</style></head><body>" +
        string.Concat(text.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>")}</p>")) +
        "</body></html>";

    private static (string Name, string Address) Sender(Random random)
    {
        var (first, last) = (Pick(random, First), Pick(random, Last));
        var local = $"{first}.{last}".ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => c is >= 'a' and <= 'z' or '.').ToArray();
        return ($"{first} {last}", $"{new string(local)}{random.Next(1, 400)}@{Pick(random, Domains)}");
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
