namespace Parallax.Pipeline;

/// <summary>The list of default components. Each analysis folder adds its components here.</summary>
internal static class PipelineDefaults
{
    public static TaggingPipeline Create(KitData data)
    {
        var taggers = new List<IArticleTagger>();
        var steps = new List<ICorpusStep>();
        taggers.Add(new Names.MentionTagger(data));
        steps.Add(new Names.VariantClusterer(data));
        taggers.Add(new Attribution.AttributionTagger(data));
        taggers.Add(Framing.ActorLabelTagger.For(data));
        taggers.Add(Framing.EventTermTagger.For(data));
        taggers.Add(Framing.HedgeTagger.For(data));
        steps.Add(Reuse.ReuseStep.For(data));
        return new TaggingPipeline(taggers, steps);
    }
}
