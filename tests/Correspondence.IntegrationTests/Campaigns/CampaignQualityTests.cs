using Correspondence.Benchmarks;

namespace Correspondence.IntegrationTests.Campaigns;

/// <summary>
/// Grouping quality floors on a generated set (3 campaigns x 200 edited copies + 300 individual letters, 5% with
/// planted casework), through the real grouper on a real SQLite file. Quality only; speed is the benchmark's job.
/// </summary>
public sealed class CampaignQualityTests
{
    [Fact]
    public async Task GeneratedCampaigns_GroupedPurelyAndCompletely_CaseworkPulledOut()
    {
        var letters = CampaignLetters.Generate(campaigns: 3, copies: 200, individuals: 300, seed: 7, caseworkShare: 0.05);

        var q = await CampaignRun.RunAsync(letters, Templates());

        Assert.True(q.CampaignsFound >= 3, $"found {q.CampaignsFound} campaigns");
        Assert.True(q.Purity >= 0.99, $"purity {q.Purity:P2}");
        Assert.True(q.Recall >= 0.97, $"recall {q.Recall:P2}");
        Assert.Equal(0, q.IndividualsGrouped);
        Assert.True(q.PlantedCasework > 10, "the set plants casework");
        Assert.True(q.CaseworkCaught >= 0.95, $"casework caught {q.CaseworkCaught:P2} ({q.CaseworkPulledOut} pulled out, {q.CaseworkNotGrouped} never grouped, of {q.PlantedCasework})");
        Assert.True(q.FalsePullOuts <= 6, $"{q.FalsePullOuts} members pulled out without casework");
    }

    private static string Templates()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "templates", "policies")))
                return Path.Combine(dir.FullName, "templates");
        throw new DirectoryNotFoundException("templates/ not found above the test binaries");
    }
}
