using Parallax.Pipeline;

namespace Parallax.Framing;

/// <summary>Tags the words that describe a death (killed, assassinated, martyred, tué...) from <c>event-terms.yaml</c>.</summary>
public sealed class EventTermTagger(EventTermList list) : IArticleTagger
{
    private readonly LanguageMatchers<EventTermEntry> _matchers = new(list.Terms, t => t.Lang, t => t.Patterns);

    public string Name => "event-terms";

    public static EventTermTagger For(KitData data) => new(EventTermList.For(data));

    public Document Tag(Document document) => document with
    {
        EventTerms = _matchers.Find(document).Select(m => new EventTerm(m.Start, m.End, document.Text[m.Start..m.End], m.Entry.Lemma, m.Entry.Connotation)).ToList(),
    };
}
