using System.Diagnostics;
using Parallax.Frames;
using Parallax.Pipeline;
using Parallax.Pipeline.Summaries;

namespace Parallax.Bench;

/// <summary>
/// Timings of one end-to-end run: streaming load + tag + summarise (with the cache), entity clustering, relations,
/// frames; and of the rerun after adding one article. <c>Cpu</c> is the cold run's processor time on all threads (what
/// it costs when other programs share the cores).
/// </summary>
public sealed record BenchResult(
    int Articles, long Words, TimeSpan LoadAndTag, TimeSpan Clustering, TimeSpan Relations, TimeSpan Frames, TimeSpan Total, int Tagged,
    int Entities, int RelationCount, TimeSpan Cpu, TimeSpan Rerun, int RerunTagged, long PeakWorkingSet)
{
    /// <summary>Wall time of each part of the cold run and of the rerun (see <see cref="SummaryTags.Profile"/>, plus frames).</summary>
    public IReadOnlyList<(string Part, TimeSpan Time)> ColdProfile { get; init; } = [];
    public IReadOnlyList<(string Part, TimeSpan Time)> RerunProfile { get; init; } = [];
    /// <summary><see cref="ResultDigest"/> of the cold run's results and of the rerun's.</summary>
    public string Digest { get; init; } = "";
    public string RerunDigest { get; init; } = "";

    /// <summary>Words per second of wall time, end to end.</summary>
    public double WordsPerSecond => Total.TotalSeconds <= 0 ? 0 : Words / Total.TotalSeconds;
}

/// <summary>
/// The end-to-end benchmark of one synthetic corpus: a cold run (empty cache) that streams the corpus through the
/// taggers on all cores into summaries (<see cref="SummaryRun"/>), clusters entities, finds relations and builds the
/// summary frames; then one article is added and the same is run again on the warm cache. Only the bench's own work
/// folder is written.
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

    /// <summary>
    /// Runs the benchmark on the corpus in <paramref name="corpusFolder"/>, caching summaries under <paramref name="outFolder"/>
    /// (emptied first unless <paramref name="keepCache"/>).
    /// </summary>
    public static BenchResult Run(string corpusFolder, string outFolder, bool keepCache = false)
    {
        var cache = Path.Combine(outFolder, "cache");
        if (!keepCache && Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        var added = Path.Combine(corpusFolder, AddedFile);
        if (File.Exists(added)) File.Delete(added);

        var cold = Once(corpusFolder, cache);
        File.WriteAllText(added, AddedText);
        try
        {
            var warm = Once(corpusFolder, cache);
            return cold with
            {
                Rerun = warm.Total, RerunTagged = warm.Tagged, RerunProfile = warm.ColdProfile, RerunDigest = warm.Digest,
                PeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64,
            };
        }
        finally
        {
            File.Delete(added);
        }
    }

    private static BenchResult Once(string corpusFolder, string cache)
    {
        // each run starts from a collected heap, as in a fresh process: the previous run's garbage is not its cost
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (pause, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var tags = SummaryRun.Run(TaggingPipeline.Default(corpusFolder), corpusFolder, cache);
        var beforeFrames = clock.Elapsed;
        int rows = BuildFrames(tags);
        var total = clock.Elapsed;
        GC.KeepAlive(rows);
        long words = tags.Articles.Sum(a => (long)a.Words);
        return new BenchResult(tags.Articles.Count, words, tags.LoadAndTag, tags.Clustering, tags.Relating, total - beforeFrames, total, tags.Tagged,
            tags.Entities.Count, tags.Relations.Count,
            Process.GetCurrentProcess().TotalProcessorTime - cpu, TimeSpan.Zero, 0, 0)
        {
            Digest = ResultDigest.Of(tags),
            ColdProfile = [.. tags.Profile, ("frames", total - beforeFrames), ($"(GC pauses, {GC.CollectionCount(2) - gen2} full collections)", GC.GetTotalPauseDuration() - pause)],
        };
    }

    /// <summary>The summary frames a notebook starts from (<see cref="SummaryFrames.All"/>); returns their number of rows.</summary>
    public static int BuildFrames(SummaryTags tags) => SummaryFrames.All(tags).RowCount;
}
