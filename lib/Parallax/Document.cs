using Parallax.Framing;
using Parallax.Names;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax;

/// <summary>
/// An article with its annotation layers, as spaCy's Doc: each pipeline component returns a copy with one more layer filled.
/// </summary>
public sealed record Document(Article Article)
{
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public IReadOnlyList<AttributionRecord> Attributions { get; init; } = [];
    public IReadOnlyList<ActorLabel> Labels { get; init; } = [];
    public IReadOnlyList<Hedge> Hedges { get; init; } = [];
    public IReadOnlyList<EventTerm> EventTerms { get; init; } = [];

    public string Id => Article.Id;
    public string Text => Article.Text;
}
