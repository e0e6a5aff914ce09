namespace Parallax.Synth;

/// <summary>What an article is: written afresh, a translation of another, or a repost of another.</summary>
public enum ArticleKind { Original, Translation, Repost }

/// <summary>
/// The decisions about one article, made from the seed and its index alone (so articles can be generated in any
/// order and in parallel). <see cref="Source"/> is the index of the translated or reposted article, or -1.
/// </summary>
public sealed record ArticleSpec(
    int Index, string Id, ArticleKind Kind, int Source, SynthEvent Event, SynthOutlet Outlet, string Language,
    DateTime Published, ulong PlanSeed, int TargetWords, ulong Seed)
{
    /// <summary>The id of the translated or reposted article, or null.</summary>
    public string? SourceId { get; init; }
}
