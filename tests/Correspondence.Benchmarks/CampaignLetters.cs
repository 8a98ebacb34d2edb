using System.Text;

namespace Correspondence.Benchmarks;

/// <summary>
/// A deterministic test set for campaign grouping: copies of a few campaign texts with the edits people make
/// (greetings, sign-offs with names and addresses, signatures, reordered paragraphs, quoted replies, typos, a dropped
/// sentence, an opinion of their own, and sometimes planted casework), mixed with individual letters on the same
/// topics. Shared by the campaign benchmark and the quality tests (linked into the integration tests).
/// </summary>
public static class CampaignLetters
{
    public sealed record Letter(string FromName, string FromAddress, string Subject, string Body, string Topic,
        int Campaign, bool PlantedCasework);

    private sealed record CampaignText(string Subject, string Topic, string[][] Paragraphs);

    private static readonly CampaignText[] Campaigns =
    [
        new("Ceasefire in Gaza now", "gaza", [
            ["I am writing to urge you to call for an immediate and permanent ceasefire in Gaza.", "The humanitarian situation is catastrophic and civilians are paying the price every single day."],
            ["All hostages must be released, and unrestricted humanitarian aid must be allowed into Gaza through every crossing.", "Aid agencies have warned for months that famine is spreading."],
            ["The UK must suspend arms sales to Israel while there is a clear risk that they are used against Palestinian civilians.", "Our own law requires it, and our international partners are watching."],
            ["Please tell me what you will do in Parliament to press for a ceasefire."],
        ]),
        new("Stand with Ukraine", "ukraine", [
            ["As your constituent I ask you to support Ukraine for as long as it takes.", "Russia's illegal invasion has brought war back to Europe and threatens all of us."],
            ["The government should send more air defence systems so that Ukrainian cities and power stations can be protected this winter.", "Frozen Russian assets should be used to pay for the reconstruction of Ukraine."],
            ["Sanctions must be enforced properly, including on the shadow fleet that carries Russian oil.", "Please raise this with ministers and let me know their response."],
        ]),
        new("Invest in our armed forces", "defence", [
            ["I am concerned that our armed forces have been cut to the point where they cannot meet the threats we face.", "The army is the smallest it has been for two centuries."],
            ["I urge you to support raising defence spending to three per cent of national income within this Parliament.", "Service personnel deserve decent pay and housing that is free of damp and mould."],
            ["Our NATO allies are counting on us to play our full part in the defence of Europe.", "Will you speak up for our service men and women in the coming defence review?"],
        ]),
        new("Rejoin Erasmus", "eu", [
            ["I am writing to ask you to support the United Kingdom rejoining the Erasmus exchange programme.", "Leaving it has cost young people in this constituency the chance to study and work across Europe."],
            ["A youth mobility scheme with the European Union would benefit students, apprentices and employers alike.", "Other countries outside the EU take part in Erasmus, and there is no reason we cannot."],
            ["Please support closer cooperation with our European neighbours on education and research.", "I look forward to hearing your views."],
        ]),
        // A second Gaza campaign, on the same topic with overlapping words: grouping must keep the two apart.
        new("Recognise the State of Palestine", "gaza", [
            ["I call on you to urge the government to recognise the State of Palestine without further delay.", "More than one hundred and forty countries have already done so."],
            ["Recognition would support a two-state solution and give Palestinians hope of a political future.", "It is a step the United Kingdom can take now, and it does not depend on anyone else."],
            ["Settlement expansion in the West Bank makes a viable Palestinian state less likely every month.", "Please let me know whether you will support recognition in Parliament."],
        ]),
    ];

    private static readonly string[] Greetings = ["Dear Alex Example MP,", "Dear Alex,", "Dear Mr Example,", "Hello,", "Dear MP,", "Hi Alex,", "To Alex Example MP,", ""];
    private static readonly string[] SignOffs = ["Yours sincerely,", "Kind regards,", "Best wishes,", "Thank you,", "Regards,", "Many thanks,", "In solidarity,", "Yours faithfully,"];

    private static readonly string[] Opinions =
    [
        "I have never written to my MP before but I feel very strongly about this.",
        "Many people in our street feel exactly the same way.",
        "This issue will decide how I vote at the next election.",
        "As a retired teacher I have followed this closely for years.",
        "I am proud of the way our town has welcomed people in the past.",
        "Please do not send me a standard reply, I want to know your own view.",
        "I watched the news last night and could not sleep afterwards.",
        "My whole church congregation has been discussing this for weeks.",
    ];

    /// <summary>Personal additions that need a caseworker: situations, requests for help, safeguarding concerns.</summary>
    private static readonly string[] Casework =
    [
        "My sister and her three children are still trapped in Rafah and we cannot reach them.",
        "Please help me, my mother's visa application has been refused twice and she is alone in Kharkiv.",
        "My son is a soldier and he has been waiting four months for the army to fix the mould in his quarters.",
        "I am being evicted next month and I do not know where my children will sleep.",
        "Could you please look into my case, my Universal Credit was stopped in March and I have no income.",
        "My husband is detained in Israel and the Foreign Office will not tell us anything.",
        "I do not feel safe at home and I do not know who else to tell.",
        "My daughter is stuck in Gaza and needs help to get out through the Rafah crossing.",
        "I have written three times about my housing and nobody has replied, I desperately need help.",
        "Our family in Kyiv lost their home last week and my parents need a visa to come here.",
        "My landlord has threatened us and I am scared for my safety and my children's.",
        "Can you help us, our asylum appeal hearing has been postponed again and my husband cannot work.",
    ];

    private static readonly string[] First = ["Ada", "Mary", "Alan", "Grace", "Tommy", "Rosalind", "Siobhán", "Zoë", "Łukasz", "Priya", "Mohammed", "Olu", "Gareth", "Fiona", "Chen", "Amara", "José", "Bethan", "Ravi", "Niamh"];
    private static readonly string[] Last = ["Lovelace", "Seacole", "Turing", "Hopper", "Atkins", "Franklin", "Ní Bhriain", "O'Connor", "Kowalski", "Patel", "Hussain", "Adeyemi", "Jones", "MacLeod", "Wei", "Okafor", "García", "Evans", "Sharma", "Byrne"];
    private static readonly string[] Streets = ["High Street", "Mill Lane", "Church Road", "Station Road", "Victoria Avenue", "Queens Drive"];
    private static readonly string[] Postcodes = ["EX1 4QT", "EX2 5AB", "EX4 6PL", "EX8 1DJ", "EX12 2NR"];

    /// <summary>
    /// <paramref name="copies"/> letters for each of <paramref name="campaigns"/> campaigns (at most five) and
    /// <paramref name="individuals"/> individual letters, shuffled together (mail arrives interleaved).
    /// </summary>
    public static List<Letter> Generate(int campaigns, int copies, int individuals, int seed = 2026, double caseworkShare = 0.02)
    {
        var random = new Random(seed);
        var letters = new List<Letter>();
        for (var c = 0; c < Math.Min(campaigns, Campaigns.Length); c++)
            for (var i = 0; i < copies; i++)
                letters.Add(Copy(random, c, random.NextDouble() < caseworkShare));
        for (var i = 0; i < individuals; i++)
            letters.Add(Individual(random));
        for (var i = letters.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (letters[i], letters[j]) = (letters[j], letters[i]);
        }
        return letters;
    }

    private static Letter Copy(Random random, int c, bool casework)
    {
        var text = Campaigns[c];
        var (name, address) = Sender(random);
        var paragraphs = text.Paragraphs.Select(p => p.ToList()).ToList();
        if (random.NextDouble() < 0.3) Shuffle(random, paragraphs);
        if (random.NextDouble() < 0.1)
        {
            var p = paragraphs[random.Next(paragraphs.Count)];
            if (p.Count > 1) p.RemoveAt(random.Next(p.Count));
        }
        if (random.NextDouble() < 0.4)
            for (var t = random.Next(1, 4); t > 0; t--) Typo(random, paragraphs);
        if (random.NextDouble() < 0.2)
            Insert(random, paragraphs, Pick(random, Opinions));
        if (casework)
            Insert(random, paragraphs, Pick(random, Casework));

        var body = new StringBuilder();
        if (Pick(random, Greetings) is { Length: > 0 } greeting) body.Append(greeting).Append("\n\n");
        foreach (var p in paragraphs) body.Append(string.Join(' ', p)).Append("\n\n");
        body.Append(Pick(random, SignOffs)).Append('\n').Append(name).Append('\n');
        if (random.NextDouble() < 0.5) body.Append($"{random.Next(1, 200)} {Pick(random, Streets)}\nExampleton\n{Pick(random, Postcodes)}\n");
        if (random.NextDouble() < 0.15) body.Append("-- \nSent by the campaign website on behalf of ").Append(name).Append('\n');
        if (random.NextDouble() < 0.1)
            body.Append("\nOn 3 Nov 2026, at 09:12, Office of Alex Example MP wrote:\n> Thank you for your email.\n> We will reply as soon as we can.\n");
        var subject = random.NextDouble() switch { < 0.75 => text.Subject, < 0.85 => "Re: " + text.Subject, _ => $"A letter from {name}" };
        return new Letter(name, address, subject, body.ToString(), text.Topic, c, casework);
    }

    // Individual letters: sentences assembled from parts, so two letters rarely share more than a phrase.
    private static readonly string[] Openers = ["I am writing because", "I wanted to let you know that", "It seems to me that", "Like many people here, I think", "I was shocked to learn that", "Frankly,", "After reading the news this week, I believe", "As a parent, I worry that"];
    private static readonly string[][] Subjects =
    [
        ["the war in Ukraine", "support for Kyiv", "the sanctions on Moscow", "Ukrainian refugees in Devon"],
        ["the situation in Gaza", "the crossings into Gaza", "arms licences for Israel", "the hostages held by Hamas"],
        ["our armed forces", "the defence budget", "the Royal Navy", "veterans in this county"],
        ["our relationship with Europe", "the customs union", "trade with the EU", "young people's travel to Europe"],
        ["the bus service to Exeter", "potholes on the B3181", "the closure of our library", "planning for the new estate"],
    ];
    private static readonly string[] Verbs = ["deserves far more attention than it gets", "is being badly handled by ministers", "should be debated in Parliament soon", "matters to everyone I know", "has been ignored for too long", "needs a clear answer from the government", "keeps me awake at night", "could be improved with modest funding"];
    private static readonly string[] Tails = ["", " and I hope you agree", " whatever the cost", " before it is too late", " in my opinion", " this year", " as a matter of urgency", " for the sake of our children"];

    private static Letter Individual(Random random)
    {
        var (name, address) = Sender(random);
        var group = random.Next(Subjects.Length);
        var topic = group switch { 0 => "ukraine", 1 => "gaza", 2 => "defence", 3 => "eu", _ => "" };
        var body = new StringBuilder(Pick(random, Greetings)).Append("\n\n");
        for (var p = random.Next(2, 5); p > 0; p--)
        {
            for (var s = random.Next(1, 4); s > 0; s--)
                body.Append($"{Pick(random, Openers)} {Pick(random, Subjects[random.NextDouble() < 0.8 ? group : random.Next(Subjects.Length)])} {Pick(random, Verbs)}{Pick(random, Tails)}. ");
            body.Append("\n\n");
        }
        body.Append(Pick(random, SignOffs)).Append('\n').Append(name).Append('\n');
        return new Letter(name, address, $"{Pick(random, Subjects[group])} ({random.Next(1000)})", body.ToString(), topic, -1, false);
    }

    private static void Typo(Random random, List<List<string>> paragraphs)
    {
        var p = paragraphs[random.Next(paragraphs.Count)];
        var s = random.Next(p.Count);
        var words = p[s].Split(' ');
        var w = random.Next(words.Length);
        if (words[w].Length > 3)
        {
            var at = random.Next(1, words[w].Length - 1);
            var chars = words[w].ToCharArray();
            (chars[at], chars[at - 1]) = (chars[at - 1], chars[at]);
            words[w] = new string(chars);
        }
        p[s] = string.Join(' ', words);
    }

    private static void Insert(Random random, List<List<string>> paragraphs, string sentence)
    {
        switch (random.Next(3))
        {
            case 0: paragraphs.Insert(0, [sentence]); break;
            case 1: paragraphs.Add([sentence]); break;
            default: paragraphs[random.Next(paragraphs.Count)].Add(sentence); break;
        }
    }

    private static (string Name, string Address) Sender(Random random)
    {
        var (first, last) = (Pick(random, First), Pick(random, Last));
        var local = $"{first}.{last}".ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => c is >= 'a' and <= 'z' or '.').ToArray();
        return ($"{first} {last}", $"{new string(local)}{random.Next(1, 100000)}@example.org");
    }

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
