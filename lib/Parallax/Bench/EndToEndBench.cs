using System.Diagnostics;
using Parallax.Frames;
using Parallax.Pipeline;
using Parallax.Pipeline.Cache;
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
    /// <summary>
    /// The rerun after one more article was added, in the same process as the rerun before it (a notebook's cells run
    /// again): the caches that rerun wrote are taken from memory (<see cref="Pipeline.Cache.WarmFiles"/>).
    /// <see cref="Rerun"/> reads them from disk, as a new process does.
    /// </summary>
    public TimeSpan RerunInProcess { get; init; }
    public IReadOnlyList<(string Part, TimeSpan Time)> RerunInProcessProfile { get; init; } = [];
    public string RerunInProcessDigest { get; init; } = "";

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
    private const string SecondAddedFile = "bench-added-article-2.txt";

    private const string SecondAddedText = """
        Ceasefire talks resume in Marlowe after a week of shelling

        Negotiators for both sides met again in Marlowe on Monday, a mediator told reporters.
        "Nobody expects an agreement this week," said Tomasz Okafor-Lindqvist, the mediator's spokesman.
        The talks were suspended last Tuesday after shelling near the port, officials said.
        """;

    private const string AddedText = """
        Convoy reaches the besieged town of Harrowgate

        A convoy of twelve lorries carrying food and medicine reached Harrowgate on Thursday, aid workers said.
        "We were able to unload everything before dark," said Inés Valcourt, who leads the relief mission, according to the Northgate Tribune.
        Local officials reportedly counted 340 families waiting at the distribution point.
        """;

    /// <summary>
    /// Runs the benchmark on the corpus in <paramref name="corpusFolder"/>, caching summaries under <paramref name="outFolder"/>
    /// (emptied first unless <paramref name="keepCache"/>): a cold run, a rerun after adding one article with the caches
    /// read from disk (as a new process reads them), and a rerun after adding another in the same process.
    /// </summary>
    public static BenchResult Run(string corpusFolder, string outFolder, bool keepCache = false)
    {
        var cache = Path.Combine(outFolder, "cache");
        if (!keepCache && Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        var added = new[] { Path.Combine(corpusFolder, AddedFile), Path.Combine(corpusFolder, SecondAddedFile) };
        foreach (var f in added) if (File.Exists(f)) File.Delete(f);

        WarmFiles.Clear();
        var cold = Once(corpusFolder, cache);
        try
        {
            File.WriteAllText(added[0], AddedText);
            WarmFiles.Clear();
            var fromDisk = Once(corpusFolder, cache);
            File.WriteAllText(added[1], SecondAddedText);
            var inProcess = Once(corpusFolder, cache);
            return cold with
            {
                Rerun = fromDisk.Total, RerunTagged = fromDisk.Tagged, RerunProfile = fromDisk.ColdProfile, RerunDigest = fromDisk.Digest,
                RerunInProcess = inProcess.Total, RerunInProcessProfile = inProcess.ColdProfile, RerunInProcessDigest = inProcess.Digest,
                PeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64,
            };
        }
        finally
        {
            foreach (var f in added) if (File.Exists(f)) File.Delete(f);
            WarmFiles.Clear();
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
