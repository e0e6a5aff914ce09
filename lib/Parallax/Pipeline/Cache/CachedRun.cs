using System.Diagnostics;

namespace Parallax.Pipeline.Cache;

/// <summary>What a cached run did: the tags, how many articles were tagged afresh or taken from the cache, and how long each part took.</summary>
public sealed record CachedRun(CorpusTags Tags, int Tagged, int FromCache, TimeSpan TaggingTime, TimeSpan StepsTime);

/// <summary>
/// Runs a pipeline with a <see cref="TagCache"/>: articles whose content hash is cached get their layers from it, the
/// others are tagged (in parallel on all cores) and added; the corpus steps (variant clustering, reuse) always run over
/// the whole corpus. Cache problems are warnings in the returned tags, never errors.
/// </summary>
public static class CachedTagging
{
    /// <summary>Tags <paramref name="corpus"/> using and updating the cache in <paramref name="cacheFolder"/>.</summary>
    public static CachedRun Run(TaggingPipeline pipeline, Corpus corpus, string cacheFolder, int threads = 0)
    {
        var clock = Stopwatch.StartNew();
        var warnings = new List<CorpusWarning>(corpus.Warnings);
        var cache = TagCache.Open(cacheFolder, DataFingerprint.Of(pipeline, KitData.For(corpus.Root)), warnings);
        var docs = new Document[corpus.Articles.Count];
        var hashes = new UInt128[docs.Length];
        int tagged = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, docs.Length, parallel, i =>
        {
            var a = corpus.Articles[i];
            var h = hashes[i] = ContentHash.Of(a);
            if (cache.TryGet(h, out var layers)) { docs[i] = layers.On(a); return; }
            var d = docs[i] = pipeline.Tag(a);
            cache.Add(h, ArticleLayers.Of(d));
            Interlocked.Increment(ref tagged);
        });
        cache.Commit(hashes.ToHashSet());
        var taggingTime = clock.Elapsed;
        var tags = new CorpusTags(corpus.Root, docs, warnings);
        foreach (var s in pipeline.Steps) tags = s.Apply(tags);
        return new CachedRun(tags, tagged, docs.Length - tagged, taggingTime, clock.Elapsed - taggingTime);
    }
}
