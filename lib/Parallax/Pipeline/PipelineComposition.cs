namespace Parallax.Pipeline;

/// <summary>Swapping one component of a pipeline for another of the same kind, e.g. a tagger with other options.</summary>
public static class PipelineComposition
{
    /// <summary>
    /// A copy of the pipeline whose tagger of the same name (<see cref="IArticleTagger.Name"/>) is replaced by
    /// <paramref name="tagger"/>; appended when the pipeline has none.
    /// </summary>
    public static TaggingPipeline With(this TaggingPipeline pipeline, IArticleTagger tagger)
    {
        var taggers = pipeline.Taggers.ToList();
        int at = taggers.FindIndex(t => t.Name == tagger.Name);
        if (at >= 0) taggers[at] = tagger; else taggers.Add(tagger);
        return new TaggingPipeline(taggers, pipeline.Steps);
    }

    /// <summary>The default pipeline, but hedged claims with no source are kept as attributions of type <c>unattributed</c>.</summary>
    public static TaggingPipeline WithUnsourcedClaims(this TaggingPipeline pipeline, string? corpusFolder) =>
        pipeline.With(new Attribution.AttributionTagger(KitData.For(corpusFolder), new Attribution.AttributionOptions { KeepUnsourcedHedges = true }));
}
