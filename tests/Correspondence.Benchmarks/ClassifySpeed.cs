using System.Diagnostics;
using Correspondence.Core.Triage;
using Correspondence.Core.Triage.Learning;

namespace Correspondence.Benchmarks;

/// <summary>
/// `classify`: how fast the trained topic model classifies letters on one core (the process is pinned to CPU 0),
/// over the whole training corpus, after training it once (training time reported too). Median of five passes.
/// </summary>
internal static class ClassifySpeed
{
    public static int Run(string templates)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        var topics = Directory.GetFiles(Path.Combine(templates, "policies"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => PolicyFileParser.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        var policies = new PolicyLibrary(topics);
        var keywords = new KeywordClassifier(policies);
        var corpus = TrainingCorpus.Load(templates);

        var clock = Stopwatch.StartNew();
        using var model = new TopicModelTrainer(keywords, policies).Train(corpus, "bench", TimeProvider.System);
        var training = clock.Elapsed;
        var classifier = new LearnedTopicClassifier(model, new TriageOptions(), keywords);
        foreach (var letter in corpus.Take(300)) classifier.Classify(letter.Subject, letter.Body); // JIT warm-up

        var passes = new List<double>();
        for (var pass = 0; pass < 5; pass++)
        {
            clock.Restart();
            foreach (var letter in corpus) classifier.Classify(letter.Subject, letter.Body);
            passes.Add(corpus.Count / clock.Elapsed.TotalSeconds);
        }
        passes.Sort();
        Console.WriteLine($"topic model: trained on {corpus.Count:N0} letters in {training.TotalSeconds:0.0} s (one core)");
        Console.WriteLine($"classify: median {passes[2]:N0} letters/s on one core (passes: {string.Join(", ", passes.Select(p => p.ToString("N0")))}; target >= 500)");
        return 0;
    }
}
