using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Parallax;
using Parallax.Attribution;

namespace Parallax.Benchmarks;

/// <summary>
/// Attribution tagging speed on one core: the seed articles tagged one after another. The "Words/s" column is the
/// corpus word count divided by the mean time of one pass.
/// </summary>
[Config(typeof(OneCoreConfig))]
[MemoryDiagnoser]
public class AttributionBenchmark
{
    private AttributionTagger _tagger = null!;
    private List<Document> _documents = null!;

    /// <summary>Words in the benchmarked corpus.</summary>
    public static int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = RepoFolder("seeds");
        _tagger = new AttributionTagger(KitData.For(null));
        _documents = Corpus.Load(seeds).Articles.Select(a => new Document(a)).ToList();
        Words = _documents.Sum(d => d.Article.WordCount);
    }

    [Benchmark(Description = "attribution, seeds")]
    public int TagSeeds()
    {
        int n = 0;
        foreach (var d in _documents) n += _tagger.Find(d).Count;
        return n;
    }

    private static string RepoFolder(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "global.json"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), name);
    }

    private sealed class OneCoreConfig : ManualConfig
    {
        public OneCoreConfig()
        {
            AddJob(Job.Default.WithAffinity(1).WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new WordsPerSecondColumn());
        }
    }

    /// <summary>Words tagged per second of mean time.</summary>
    private sealed class WordsPerSecondColumn : IColumn
    {
        public string Id => "WordsPerSecond";
        public string ColumnName => "Words/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "words of the seed corpus tagged per second (one core)";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "NA";
            int words = CountWords();
            return (words / (stats.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        private static int CountWords() => Corpus.Load(RepoFolder("seeds")).Articles.Sum(a => a.WordCount);
    }
}
