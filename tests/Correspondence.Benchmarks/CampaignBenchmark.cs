namespace Correspondence.Benchmarks;

/// <summary>The campaigns subcommand: grouping quality (purity, recall, casework pulled out), speed and memory at scale.</summary>
public static class CampaignBenchmark
{
    public static async Task<int> RunAsync(string[] args, string templates)
    {
        var named = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2) named[args[i].TrimStart('-')] = args[i + 1];
        var campaigns = int.Parse(named.GetValueOrDefault("campaigns", "5"));
        var copies = int.Parse(named.GetValueOrDefault("copies", "9000"));
        var individuals = int.Parse(named.GetValueOrDefault("individuals", "5000"));
        var letters = CampaignLetters.Generate(campaigns, copies, individuals);
        Console.WriteLine($"Generated {letters.Count:N0} letters: {campaigns} campaigns x {copies:N0} copies (edited), {individuals:N0} individual; " +
            $"{letters.Count(l => l.PlantedCasework):N0} with planted casework");
        var lastShown = 0;
        var q = await CampaignRun.RunAsync(letters, templates, progress: done =>
        {
            if (done - lastShown < 5000 && done != letters.Count) return;
            lastShown = done;
            Console.WriteLine($"  grouped {done:N0}");
        });
        Console.WriteLine();
        Console.WriteLine($"campaigns found            {q.CampaignsFound}");
        Console.WriteLine($"grouping purity            {q.Purity:P2}   (members whose campaign is their own text; target >= 99%)");
        Console.WriteLine($"grouping recall            {q.Recall:P2}   (copies found in their campaign; target >= 99%)");
        Console.WriteLine($"individual letters grouped {q.IndividualsGrouped:N0}");
        Console.WriteLine($"planted casework caught    {q.CaseworkCaught:P2}   ({q.CaseworkPulledOut} pulled out + {q.CaseworkNotGrouped} never grouped, of {q.PlantedCasework}; target >= 95%)");
        Console.WriteLine($"pulled out without casework {q.FalsePullOuts:N0}");
        Console.WriteLine($"grouping throughput        {q.LettersPerSecond:N0} letters/s ({q.GroupSeconds:0.0} s grouping incl. its SaveChanges; storing the letters {q.StoreSeconds:0.0} s, not counted)");
        Console.WriteLine($"peak working set           {q.PeakWorkingSet / 1048576.0:N0} MB");
        return 0;
    }
}
