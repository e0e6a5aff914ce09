using Parallax.Pipeline;

namespace Parallax.Framing;

/// <summary>Tags certainty markers (likely, reportedly, is said to, aurait, peut-être...) from <c>hedges.yaml</c>.</summary>
public sealed class HedgeTagger(HedgeList list) : IArticleTagger
{
    private readonly Dictionary<string, PhraseMatcher<HedgeEntry>> _byLanguage = new();
    private readonly Lock _gate = new();

    public string Name => "hedges";

    public static HedgeTagger For(KitData data) => new(HedgeList.For(data));

    public Document Tag(Document document)
    {
        var matcher = MatcherFor(document.Article.Language);
        var found = new List<Hedge>();
        foreach (var p in TaggedParagraphs.Of(document.Article))
        {
            var tokens = WordToken.Read(document.Text, p.Start, p.End);
            foreach (var (first, length, entry) in matcher.Matches(tokens))
            {
                int s = tokens[first].Start, e = tokens[first + length - 1].End;
                found.Add(new Hedge(s, e, document.Text[s..e], entry.Kind));
            }
        }
        return document with { Hedges = found };
    }

    private PhraseMatcher<HedgeEntry> MatcherFor(string? language)
    {
        lock (_gate)
        {
            var key = language ?? "";
            if (!_byLanguage.TryGetValue(key, out var m))
                _byLanguage[key] = m = new PhraseMatcher<HedgeEntry>(list.Hedges.Where(h => TaggedParagraphs.Applies(h.Lang, language))
                    .SelectMany(h => h.Patterns.Select(p => (p, h))));
            return m;
        }
    }
}
