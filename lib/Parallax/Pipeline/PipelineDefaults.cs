namespace Parallax.Pipeline;

/// <summary>The list of default components. Each analysis folder adds its components here.</summary>
internal static class PipelineDefaults
{
    public static TaggingPipeline Create(KitData data)
    {
        var taggers = new List<IArticleTagger>();
        var steps = new List<ICorpusStep>();
        // names: taggers.Add(...); steps.Add(...);
        taggers.Add(new Names.MentionTagger(data));
        steps.Add(new Names.VariantClusterer(data));
        // attribution: taggers.Add(...);
        // framing: taggers.Add(...); steps.Add(...);
        _ = data;
        return new TaggingPipeline(taggers, steps);
    }
}
