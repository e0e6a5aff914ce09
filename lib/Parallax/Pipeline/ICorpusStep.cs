namespace Parallax.Pipeline;

/// <summary>A step that looks across all articles at once (variant clustering, reuse detection) after the per-article taggers.</summary>
public interface ICorpusStep
{
    string Name { get; }

    /// <summary>Returns the corpus tags with this step's results added.</summary>
    CorpusTags Apply(CorpusTags tags);
}
