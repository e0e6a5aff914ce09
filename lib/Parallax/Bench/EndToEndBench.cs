using System.Diagnostics;
using Parallax.Frames;
using Parallax.Framing;
using Parallax.Pipeline;

namespace Parallax.Bench;

/// <summary>Timings of one end-to-end run: load, tag (with the cache), corpus steps, frames; and of the rerun after adding one article.</summary>
public sealed record BenchResult(
    int Articles, long Words, TimeSpan Load, TimeSpan Tagging, TimeSpan Steps, TimeSpan Frames, TimeSpan Total, int Tagged,
    TimeSpan Rerun, int RerunTagged, long PeakWorkingSet)
{
    /// <summary>Words per second of wall time, end to end.</summary>
    public double WordsPerSecond => Total.TotalSeconds <= 0 ? 0 : Words / Total.TotalSeconds;
}

/// <summary>
/// The end-to-end benchmark of one synthetic corpus: a cold run (empty cache) that loads the corpus, tags it on all
/// cores, clusters entities, finds relations and builds the summary frames; then one article is added and the same
/// is run again on the warm cache. Only the bench's own work folder is written.
/// </summary>
public static class EndToEndBench
{
    private const string AddedFile = "bench-added-article.txt";

    private const string AddedText = """
        Convoy reaches the besieged town of Harrowgate

        A convoy of twelve lorries carrying food and medicine reached Harrowgate on Thursday, aid workers said.
        "We were able to unload everything before dark," said Inés Valcourt, who leads the relief mission, according to the Northgate Tribune.
        Local officials reportedly counted 340 families waiting at the distribution point.
        """;

    /// <summary>Runs the benchmark on the corpus in <paramref name="corpusFolder"/>, caching tags under <paramref name="outFolder"/>.</summary>
    public static BenchResult Run(string corpusFolder, string outFolder)
    {
        var cache = Path.Combine(outFolder, "cache");
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        var added = Path.Combine(corpusFolder, AddedFile);
        if (File.Exists(added)) File.Delete(added);

        var cold = Once(corpusFolder, cache);
        File.WriteAllText(added, AddedText);
        try
        {
            var warm = Once(corpusFolder, cache);
            return cold with { Rerun = warm.Total, RerunTagged = warm.Tagged, PeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64 };
        }
        finally
        {
            File.Delete(added);
        }
    }

    private static BenchResult Once(string corpusFolder, string cache)
    {
        var clock = Stopwatch.StartNew();
        var corpus = Corpus.Load(corpusFolder);
        var load = clock.Elapsed;
        var run = TaggingPipeline.Default(corpusFolder).RunCached(corpus, cache);
        var beforeFrames = clock.Elapsed;
        int cells = BuildFrames(corpus, run.Tags);
        var total = clock.Elapsed;
        GC.KeepAlive(cells);
        long words = corpus.Articles.Sum(a => (long)a.WordCount);
        return new BenchResult(corpus.Articles.Count, words, load, run.TaggingTime, run.StepsTime, total - beforeFrames, total, run.Tagged,
            TimeSpan.Zero, 0, 0);
    }

    /// <summary>The summary frames a notebook starts from; returns their number of rows.</summary>
    public static int BuildFrames(Corpus corpus, CorpusTags tags)
    {
        var docs = tags.Documents;
        return CorpusFrames.Articles(corpus).RowCount
            + Frames.NamesFrames.SpellingByOutlet(tags).RowCount
            + FramingFrames.SideCounts(docs).RowCount
            + FramingFrames.HedgesPerArticle(docs).RowCount
            + AttributionFrames.SourceTypeCounts(tags).RowCount
            + FramingFrames.Keyness(Keyness.ByGroup(docs, "language")).RowCount;
    }
}
