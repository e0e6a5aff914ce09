namespace Parallax.Pipeline;

/// <summary>The list of default components. Each analysis folder adds its components here.</summary>
internal static class PipelineDefaults
{
    public static TaggingPipeline Create(KitData data)
    {
        var taggers = new List<IArticleTagger>();
        var steps = new List<ICorpusStep>();
        // names: taggers.Add(...); steps.Add(...);
        taggers.Add(new Attribution.AttributionTagger(data));
        // framing: taggers.Add(...); steps.Add(...);
        taggers.Add(Framing.ActorLabelTagger.For(data));
        taggers.Add(Framing.EventTermTagger.For(data));
        taggers.Add(Framing.HedgeTagger.For(data));
        steps.Add(Reuse.ReuseStep.For(data));
        _ = data;
        return new TaggingPipeline(taggers, steps);
    }
}
