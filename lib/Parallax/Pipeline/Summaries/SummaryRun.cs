using System.Diagnostics;
using System.Text;
using Parallax.Names;
using Parallax.Pipeline.Cache;
using Parallax.Reuse;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// The corpus as summaries, after a streaming run: per-article summaries in corpus order, entities clustered from
/// spellings, relations from sketches and anchors, and what the run did (files read, articles tagged, times).
/// </summary>
public sealed record SummaryTags(string Corpus, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<CorpusWarning> Warnings)
{
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    /// <summary>Entity id of each article's spellings (same order as <see cref="ArticleSummary.Spellings"/>).</summary>
    public IReadOnlyList<string[]> EntityOf { get; init; } = [];
    /// <summary>
    /// Node number of each article's spellings (same order as <see cref="ArticleSummary.Spellings"/>): uses with one
    /// number have one text and one entity, so tables over uses can work per node; empty when not worked out.
    /// </summary>
    public IReadOnlyList<int[]> SpellingNodeOf { get; init; } = [];
    public IReadOnlyList<ArticleRelation> Relations { get; init; } = [];
    public int Tagged { get; init; }
    /// <summary>Spelling blocks clustered in this run, and blocks whose partition came unchanged from the previous run's memo.</summary>
    public (int Clustered, int Reused) Blocks { get; init; }
    /// <summary>Articles whose reuse and translation partners were worked out in this run (the others' came from the previous run).</summary>
    public int RelationsRedone { get; init; }
    public TimeSpan LoadAndTag { get; init; }
    public TimeSpan Clustering { get; init; }
    public TimeSpan Relating { get; init; }
    /// <summary>Wall time of each part of the run, in order.</summary>
    public IReadOnlyList<(string Part, TimeSpan Time)> Profile { get; init; } = [];
}

/// <summary>
/// Runs a pipeline over a large corpus in bounded memory: files are streamed in batches (load → tag on all cores →
/// summarise → drop the text), files whose stamp (path, size, time) is in the <see cref="SummaryStore"/> are not read at
/// all, then entities are clustered from spellings (<see cref="SpellingClusterer"/>) and relations found from
/// sketches and anchors (<see cref="SketchRelations"/>). Both corpus steps keep a memo next to the summaries
/// (<see cref="ClusterMemo"/>, <see cref="RelationMemo"/>): a rerun re-clusters only the spelling blocks its new or
/// changed articles touch and, when articles were only added, works out only the partner lists they can change; the
/// results are those of a fresh run. Use <see cref="TaggingPipeline.Run"/> when the texts and offsets are needed; this
/// is for counts and tables over many articles.
/// </summary>
public static class SummaryRun
{
    /// <summary>
    /// Summarises the corpus in <paramref name="folder"/>, caching summaries under <paramref name="cacheFolder"/>;
    /// <paramref name="batchSize"/> articles are tagged at a time (small batches hold little text in flight, so less of
    /// it is still alive, and promoted, when the young generation is collected).
    /// </summary>
    public static SummaryTags Run(TaggingPipeline pipeline, string folder, string cacheFolder, int batchSize = 96, CorpusOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var profile = new List<(string, TimeSpan)>();
        void Lap(string part, TimeSpan since) => profile.Add((part, clock.Elapsed - since));
        var warnings = new List<CorpusWarning>();
        var data = KitData.For(folder);
        var pool = new StringPool();
        var fingerprint = Fingerprint(pipeline, data, folder);
        var store = SummaryStore.Open(cacheFolder, fingerprint, warnings, pool);
        var summarizer = ArticleSummarizer.For(data, store.Pool);
        Lap("open cache", TimeSpan.Zero);
        var byFile = new List<ArticleSummary[]>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        int tagged = 0;
        var tagging = TimeSpan.Zero;
        var streamStart = clock.Elapsed;
        // files are read on one thread while the previous batch is tagged on all cores
        foreach (var batch in Batches(CorpusLoader.Stream(folder, options ?? CorpusOptions.Default, warnings, stamp => !store.TryGet(stamp, out _)), batchSize))
        {
            var fresh = new List<(int Slot, CorpusFile File)>();
            foreach (var f in batch)
            {
                present.Add(f.Stamp.Path);
                store.TryGet(f.Stamp, out var cached);
                byFile.Add(cached);
                if (f.Articles is not null) fresh.Add((byFile.Count - 1, f));
            }
            if (fresh.Count == 0) continue;
            long t0 = Stopwatch.GetTimestamp();
            var flat = fresh.SelectMany(x => x.File.Articles!).ToArray();
            var done = new ArticleSummary[flat.Length];
            Parallel.For(0, flat.Length, i => done[i] = summarizer.Of(pipeline.Tag(flat[i])));
            int at = 0;
            foreach (var (slot, file) in fresh)
            {
                var s = done[at..(at + file.Articles!.Count)];
                at += s.Length;
                byFile[slot] = s;
                store.Add(file.Stamp, s);
            }
            tagged += flat.Length;
            tagging += Stopwatch.GetElapsedTime(t0);
        }
        profile.Add(("read files (overlapped)", clock.Elapsed - streamStart - tagging));
        profile.Add(("tag + summarise", tagging));
        // the cache and the memos are written in the background while the next steps run
        var writes = new List<(string Part, Task<TimeSpan> Task)>();
        void Write(string part, Action write) => writes.Add((part, Task.Run(() => { long t = Stopwatch.GetTimestamp(); write(); return Stopwatch.GetElapsedTime(t); })));
        Write("write cache", () => store.Commit(present));
        try
        {
            var articles = byFile.SelectMany(s => s).ToList();
            var duplicate = articles.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new CorpusException(duplicate.First().File, $"duplicate article id '{duplicate.Key}' in {string.Join(" and ", duplicate.Select(a => a.File).Distinct())}", field: "id");
            var loaded = clock.Elapsed;

            var memoFile = Path.Combine(store.Folder, "clusters.memo");
            var memo = ClusterMemo.Load(memoFile, fingerprint, store.Pool);
            var (entities, entityOf, nodeOf) = SpellingClusterer.For(data).Cluster(articles, memo);
            Write("write cluster memo", () => memo.Save(memoFile, fingerprint));
            var clustered = clock.Elapsed;
            Lap($"cluster spellings ({memo.Computed} blocks clustered, {memo.Reused} from the memo)", loaded);
            var relationFile = Path.Combine(store.Folder, "relations.memo");
            var relating = new SketchRelations(summarizer.ShingleSize);
            var (relations, relationMemo) = relating.Find(articles, entityOf, RelationMemo.Load(relationFile, fingerprint, store.Pool), entities);
            Write("write relation memo", () => relationMemo.Save(relationFile, fingerprint));
            var related = clock.Elapsed;
            Lap($"relations ({relating.Redone} articles' partners worked out)", clustered);
            var waitStart = clock.Elapsed;
            Wait(writes);
            Lap("wait for the writes", waitStart);
            foreach (var (part, task) in writes) profile.Add(($"({part}, overlapped)", task.Result));
            return new SummaryTags(Path.GetFullPath(folder), articles, warnings)
            {
                Entities = entities, EntityOf = entityOf, SpellingNodeOf = nodeOf, Relations = relations, Tagged = tagged, Blocks = (memo.Computed, memo.Reused), RelationsRedone = relating.Redone,
                LoadAndTag = loaded, Clustering = clustered - loaded, Relating = related - clustered, Profile = profile,
            };
        }
        catch
        {
            // a failed step does not leave the writes running past the call; its own error is the one reported
            Wait(writes, quietly: true);
            throw;
        }
    }

    // Waits for background writes; unless quietly, the first that failed throws its own exception.
    private static void Wait(List<(string Part, Task<TimeSpan> Task)> writes, bool quietly = false)
    {
        try { Task.WaitAll(writes.Select(w => (Task)w.Task).ToArray()); }
        catch (AggregateException) { }
        foreach (var (_, task) in writes)
            if (!quietly && task.Exception is { } e) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
    }

    // Groups a stream into batches of about <size> articles, reading ahead one batch on another thread.
    private static IEnumerable<List<CorpusFile>> Batches(IEnumerable<CorpusFile> files, int size)
    {
        var queue = new System.Collections.Concurrent.BlockingCollection<List<CorpusFile>>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        Exception? failed = null;
        var reader = Task.Run(() =>
        {
            try
            {
                var batch = new List<CorpusFile>();
                int n = 0;
                foreach (var f in files)
                {
                    batch.Add(f);
                    n += f.Articles?.Count ?? 0;
                    if (n >= size || batch.Count >= 16 * size) { queue.Add(batch, stop.Token); batch = []; n = 0; }
                }
                if (batch.Count > 0) queue.Add(batch, stop.Token);
            }
            catch (OperationCanceledException) { }
            catch (Exception e) { failed = e; }
            finally { queue.CompleteAdding(); }
        });
        try
        {
            foreach (var b in queue.GetConsumingEnumerable()) yield return b;
        }
        finally
        {
            stop.Cancel();
            reader.Wait();
            queue.Dispose();
        }
        if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed).Throw();
    }

    // The tag fingerprint plus the manifest files' stamps (metadata of every article comes from them).
    private static UInt128 Fingerprint(TaggingPipeline pipeline, KitData data, string folder)
    {
        var tags = DataFingerprint.Of(pipeline, data);
        var text = ContentHash.Hex(tags) + "|" + CorpusLoader.ManifestStamp(folder) + "|summary-v" + SummaryCodec.Version;
        return ContentHash.Fold(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
