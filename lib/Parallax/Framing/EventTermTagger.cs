using Parallax.Pipeline;

namespace Parallax.Framing;

/// <summary>Tags the words that describe a death (killed, assassinated, martyred, tué...) from <c>event-terms.yaml</c>.</summary>
public sealed class EventTermTagger(EventTermList list) : IArticleTagger
{
    private readonly Dictionary<string, PhraseMatcher<EventTermEntry>> _byLanguage = new();
    private readonly Lock _gate = new();

    public string Name => "event-terms";

    public static EventTermTagger For(KitData data) => new(EventTermList.For(data));

    public Document Tag(Document document)
    {
        var matcher = MatcherFor(document.Article.Language);
        var found = new List<EventTerm>();
        foreach (var p in TaggedParagraphs.Of(document.Article))
        {
            var tokens = WordToken.Read(document.Text, p.Start, p.End);
            foreach (var (first, length, entry) in matcher.Matches(tokens))
            {
                int s = tokens[first].Start, e = tokens[first + length - 1].End;
                found.Add(new EventTerm(s, e, document.Text[s..e], entry.Lemma, entry.Connotation));
            }
        }
        return document with { EventTerms = found };
    }

    private PhraseMatcher<EventTermEntry> MatcherFor(string? language)
    {
        lock (_gate)
        {
            var key = language ?? "";
            if (!_byLanguage.TryGetValue(key, out var m))
                _byLanguage[key] = m = new PhraseMatcher<EventTermEntry>(list.Terms.Where(t => TaggedParagraphs.Applies(t.Lang, language))
                    .SelectMany(t => t.Patterns.Select(p => (p, t))));
            return m;
        }
    }
}
