using BenchmarkDotNet.Attributes;
using Parallax.Pipeline;

namespace Parallax.Benchmarks;

/// <summary>
/// Per-article tagging speed on one thread (the runner pins the process to one core) over a synthetic corpus of
/// 200 articles (about 120,000 words, English and French, made by <c>parallax synth</c> with seed 1): the framing
/// taggers (labels, event terms, hedges) apart, and mentions + attributions + labels together as the pipeline runs
/// them. Words per second = <see cref="Words"/> / mean time (printed by <see cref="Program"/> with <c>--quick</c>).
/// </summary>
[InProcess]
[WarmupCount(2)]
[IterationCount(8)]
[MemoryDiagnoser]
public class TaggersBenchmark
{
    private List<Article> _articles = null!;
    private Dictionary<string, IArticleTagger> _taggers = null!;

    /// <summary>Words in the benchmarked corpus.</summary>
    public long Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parallax-bench-taggers-200");
        if (!File.Exists(Path.Combine(dir, "synth.truth.json")))
            Parallax.Synth.SyntheticCorpus.Write(dir, new Parallax.Synth.SynthOptions { Articles = 200, Seed = 1, Force = true });
        _articles = [.. Corpus.Load(dir).Articles];
        _taggers = TaggingPipeline.Default(dir).Taggers.ToDictionary(t => t.Name);
        Words = _articles.Sum(a => (long)a.WordCount);
    }

    private int Run(params string[] names)
    {
        int n = 0;
        foreach (var a in _articles)
        {
            var d = new Document(a);
            foreach (var name in names) d = _taggers[name].Tag(d);
            n += d.Mentions.Count + d.Attributions.Count + d.Labels.Count + d.Hedges.Count + d.EventTerms.Count;
        }
        return n;
    }

    [Benchmark(Description = "actor labels")]
    public int Labels() => Run("actor-labels");

    [Benchmark(Description = "event terms")]
    public int EventTerms() => Run("event-terms");

    [Benchmark(Description = "hedges")]
    public int Hedges() => Run("hedges");

    /// <summary>Mentions, then attributions, then labels, on the same documents.</summary>
    [Benchmark(Description = "mentions + attributions + labels")]
    public int Combined() => Run("names", "attribution", "actor-labels");

    /// <summary>The tagger names, to check the benchmark uses the pipeline's components.</summary>
    public IReadOnlyCollection<string> TaggerNames => _taggers.Keys;
}
