using BenchmarkDotNet.Attributes;
using Parallax.Names;
using Parallax.Pipeline;

namespace Parallax.Benchmarks;

/// <summary>
/// Name extraction and variant clustering over the sample corpus, in process, on one thread (the runner pins the
/// process to one core).
/// Words per second = corpus words / mean time (printed by <see cref="Program"/>).
/// </summary>
[InProcess]
[WarmupCount(3)]
[IterationCount(10)]
[MemoryDiagnoser]
public class NamesBenchmark
{
    private Corpus _corpus = null!;
    private MentionTagger _tagger = null!;
    private VariantClusterer _clusterer = null!;

    /// <summary>Words in the corpus.</summary>
    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Load(Program.SeedsFolder());
        var data = KitData.For(_corpus.Root);
        _tagger = new MentionTagger(data);
        _clusterer = new VariantClusterer(data);
        Words = _corpus.Articles.Sum(a => a.WordCount);
    }

    /// <summary>Tags every article (one thread) and clusters the mentions.</summary>
    [Benchmark]
    public int ExtractAndCluster()
    {
        var docs = _corpus.Articles.Select(a => _tagger.Tag(new Document(a))).ToList();
        var tags = _clusterer.Apply(new CorpusTags(_corpus.Root, docs, []));
        return tags.Entities.Count;
    }
}
