namespace Parallax.Pipeline;

/// <summary>
/// The tagging pipeline: per-article taggers run in order on every article (in parallel across articles),
/// then corpus steps run in order over the whole result. Components are small and replaceable.
/// </summary>
public sealed class TaggingPipeline(IReadOnlyList<IArticleTagger> taggers, IReadOnlyList<ICorpusStep> steps)
{
    public IReadOnlyList<IArticleTagger> Taggers { get; } = taggers;
    public IReadOnlyList<ICorpusStep> Steps { get; } = steps;

    /// <summary>The kit's default components, with knowledge files from the kit plus any in <paramref name="corpusFolder"/>.</summary>
    public static TaggingPipeline Default(string? corpusFolder = null) => PipelineDefaults.Create(KitData.For(corpusFolder));

    /// <summary>Runs every tagger on one article.</summary>
    public Document Tag(Article article)
    {
        var doc = new Document(article);
        foreach (var t in Taggers) doc = t.Tag(doc);
        return doc;
    }

    /// <summary>Tags every article of a corpus, then runs the corpus steps.</summary>
    public CorpusTags Run(Corpus corpus)
    {
        var docs = new Document[corpus.Articles.Count];
        Parallel.For(0, docs.Length, i => docs[i] = Tag(corpus.Articles[i]));
        var tags = new CorpusTags(corpus.Root, docs, corpus.Warnings);
        foreach (var s in Steps) tags = s.Apply(tags);
        return tags;
    }

    /// <summary>
    /// As <see cref="Run"/>, reusing the per-article tags cached in <paramref name="cacheFolder"/> (e.g. <c>out/cache</c>)
    /// for unchanged articles and caching the others; see <see cref="Cache.CachedTagging"/>.
    /// </summary>
    public Cache.CachedRun RunCached(Corpus corpus, string cacheFolder) => Cache.CachedTagging.Run(this, corpus, cacheFolder);
}
