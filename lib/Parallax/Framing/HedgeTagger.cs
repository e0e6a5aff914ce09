using Parallax.Pipeline;

namespace Parallax.Framing;

/// <summary>Tags certainty markers (likely, reportedly, is said to, aurait, peut-être...) from <c>hedges.yaml</c>.</summary>
public sealed class HedgeTagger(HedgeList list) : IArticleTagger
{
    private readonly LanguageMatchers<HedgeEntry> _matchers = new(list.Hedges, h => h.Lang, h => h.Patterns);

    public string Name => "hedges";

    public static HedgeTagger For(KitData data) => new(HedgeList.For(data));

    public Document Tag(Document document) => document with
    {
        Hedges = _matchers.Find(document).Select(m => new Hedge(m.Start, m.End, document.Text[m.Start..m.End], m.Entry.Kind)).ToList(),
    };
}
