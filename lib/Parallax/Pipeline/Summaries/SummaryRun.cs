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
    public IReadOnlyList<ArticleRelation> Relations { get; init; } = [];
    public int Tagged { get; init; }
    public TimeSpan LoadAndTag { get; init; }
    public TimeSpan Clustering { get; init; }
    public TimeSpan Relating { get; init; }
}

/// <summary>
/// Runs a pipeline over a large corpus in bounded memory: files are streamed in batches (load → tag on all cores →
/// summarise → drop the text), files whose stamp (path, size, time) is in the <see cref="SummaryStore"/> are not read at
/// all, then entities are clustered from spellings (<see cref="SpellingClusterer"/>) and relations found from
/// sketches and anchors (<see cref="SketchRelations"/>). Use <see cref="TaggingPipeline.Run"/> when the texts and
/// offsets are needed; this is for counts and tables over many articles.
/// </summary>
public static class SummaryRun
{
    /// <summary>Summarises the corpus in <paramref name="folder"/>, caching summaries under <paramref name="cacheFolder"/>.</summary>
    public static SummaryTags Run(TaggingPipeline pipeline, string folder, string cacheFolder, int batchSize = 256, CorpusOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var warnings = new List<CorpusWarning>();
        var data = KitData.For(folder);
        var store = SummaryStore.Open(cacheFolder, Fingerprint(pipeline, data, folder), warnings);
        var summarizer = ArticleSummarizer.For(data);
        var byFile = new List<ArticleSummary[]>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<(int Slot, CorpusFileStamp Stamp, IReadOnlyList<Article> Articles)>();
        int tagged = 0, queued = 0;
        void Flush()
        {
            var flat = batch.SelectMany(b => b.Articles.Select((a, k) => (b.Slot, k, a))).ToArray();
            var done = new ArticleSummary[flat.Length];
            Parallel.For(0, flat.Length, i => done[i] = summarizer.Of(pipeline.Tag(flat[i].a)));
            int at = 0;
            foreach (var b in batch)
            {
                var s = done[at..(at + b.Articles.Count)];
                at += b.Articles.Count;
                byFile[b.Slot] = s;
                store.Add(b.Stamp, s);
            }
            tagged += flat.Length;
            batch.Clear();
            queued = 0;
        }
        foreach (var f in CorpusLoader.Stream(folder, options ?? CorpusOptions.Default, warnings, stamp => !store.TryGet(stamp, out _)))
        {
            present.Add(f.Stamp.Path);
            if (f.Articles is null)
            {
                store.TryGet(f.Stamp, out var cached);
                byFile.Add(cached);
                continue;
            }
            byFile.Add([]);
            batch.Add((byFile.Count - 1, f.Stamp, f.Articles));
            queued += f.Articles.Count;
            if (queued >= batchSize) Flush();
        }
        if (batch.Count > 0) Flush();
        store.Commit(present);
        var articles = byFile.SelectMany(s => s).ToList();
        var duplicate = articles.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new CorpusException(duplicate.First().File, $"duplicate article id '{duplicate.Key}' in {string.Join(" and ", duplicate.Select(a => a.File).Distinct())}", field: "id");
        var loaded = clock.Elapsed;

        var (entities, entityOf) = SpellingClusterer.For(data).Cluster(articles);
        var clustered = clock.Elapsed;
        var relations = new SketchRelations(summarizer.ShingleSize).Find(articles, entityOf);
        return new SummaryTags(Path.GetFullPath(folder), articles, warnings)
        {
            Entities = entities, EntityOf = entityOf, Relations = relations, Tagged = tagged,
            LoadAndTag = loaded, Clustering = clustered - loaded, Relating = clock.Elapsed - clustered,
        };
    }

    // The tag fingerprint plus the manifest files' stamps (metadata of every article comes from them).
    private static UInt128 Fingerprint(TaggingPipeline pipeline, KitData data, string folder)
    {
        var tags = DataFingerprint.Of(pipeline, data);
        var text = ContentHash.Hex(tags) + "|" + CorpusLoader.ManifestStamp(folder) + "|summary-v" + SummaryCodec.Version;
        return ContentHash.Fold(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
