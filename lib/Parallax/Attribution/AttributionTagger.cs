using Parallax.Pipeline;
using Parallax.Sources;
using Parallax.Text;

namespace Parallax.Attribution;

/// <summary>
/// The attribution component: for each sentence of the article's body and captions, finds reporting cues, their
/// sources and contents (<see cref="AttributionExtractor"/>, <see cref="ContentSpanFinder"/>), types the sources
/// (<see cref="SourceTyper"/>), links chains (<see cref="ChainLinker"/>), attaches lost block quotations
/// (<see cref="BlockQuoteRule"/>) and resolves pronouns and descriptions (<see cref="ReferenceResolver"/>).
/// Works without the names layer; uses its person mentions and titles when present.
/// </summary>
public sealed class AttributionTagger : IArticleTagger
{
    private readonly IReadOnlyDictionary<string, CueLexicon> _cues;
    private readonly SentenceSplitter _splitter;
    private readonly AttributionExtractor _extractor;
    private readonly SourceTyper _typer;
    private readonly ChainLinker _linker;
    private readonly ReferenceResolver _resolver;
    private readonly SourceLexicon _sources;

    public AttributionTagger(KitData data, AttributionOptions? options = null)
    {
        _cues = CueLexicon.For(data);
        _splitter = SentenceSplitter.For(data);
        _sources = SourceLexicon.For(data);
        var outlets = OutletRegistry.For(data);
        _extractor = new AttributionExtractor(outlets, options ?? AttributionOptions.Default);
        _typer = new SourceTyper(outlets, _sources);
        _linker = new ChainLinker(_typer);
        _resolver = new ReferenceResolver(_sources);
    }

    public string Name => "attribution";

    /// <summary>Paragraph roles that carry no attributions.</summary>
    private static bool Skipped(ParagraphRole role) =>
        role is ParagraphRole.Boilerplate or ParagraphRole.Headline or ParagraphRole.Dateline or ParagraphRole.Byline or ParagraphRole.Tagline or ParagraphRole.Promo;

    public Document Tag(Document document) => document with { Attributions = Find(document) };

    /// <summary>The attributions of a document, in text order.</summary>
    public IReadOnlyList<Attribution> Find(Document document)
    {
        var article = document.Article;
        var lex = Lexicon(article);
        var sentences = Sentences(article, lex);
        var roles = PersonRoles.Build(sentences.Select(x => x.View), _sources, document.Mentions);
        var all = new List<AttributionDraft>();
        var perSentence = new List<(SentenceView, List<AttributionDraft>)>();
        foreach (var (view, quotes) in sentences)
        {
            var drafts = _extractor.Extract(view);
            drafts.RemoveAll(d => d.Source is { } src && _typer.IsNonAgent(view, src));
            ContentSpanFinder.Assign(view, drafts);
            foreach (var d in drafts.Where(d => d.Source is not null))
            {
                d.Info = _typer.Type(view, d.Source!, roles);
                if (d.Type != "unattributed") d.Type = d.Info.Type;
            }
            // news passes between news sources: "picked up by the army" is not a spread of news
            drafts.RemoveAll(d => d.Kind == CueKind.Spread && !(SourceTyper.IsMediaType(d.Type) || d.Type is "journalist" or "anonymous"));
            _linker.Link(view, drafts, all, roles);
            all.AddRange(drafts);
            perSentence.Add((view, drafts));
        }
        BlockQuoteRule.Apply(article, perSentence);
        var ordered = all.Distinct().OrderBy(d => d.CueOffset).ThenBy(d => d.Source?.Start ?? 0).ToList();
        _resolver.Resolve(ordered, roles, document.Mentions);
        return Convert(article, ordered, sentences);
    }

    /// <summary>The cue lexicon of the article's language; when the loader left the language open, the lexicon whose
    /// function words are most frequent in the text.</summary>
    private CueLexicon Lexicon(Article article)
    {
        if (article.Language is { } language && _cues.TryGetValue(language.Split('-', '_')[0].ToLowerInvariant(), out var known)) return known;
        var words = Tokenizer.Tokenize(article.Text, 0, Math.Min(article.Text.Length, 4000)).Where(t => t.IsWord).Select(t => PhraseSet.Fold(t.Text)).ToList();
        return _cues.Values.MaxBy(l => words.Count(w => l.Determiners.Contains(w) || l.Stops.Contains(w) || l.Boundaries.Contains(w))) ?? _cues["en"];
    }

    private List<(SentenceView View, IReadOnlyList<QuoteSpan> Quotes)> Sentences(Article article, CueLexicon lex)
    {
        var list = new List<(SentenceView, IReadOnlyList<QuoteSpan>)>();
        var text = article.Text;
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            var para = article.Paragraphs[p];
            if (Skipped(para.Role)) continue;
            var quotes = QuoteDetector.Find(text, para.Start, para.End);
            var spans = _splitter.Split(text, para.Start, para.End).ToList();
            // a quotation running across sentences keeps them together
            for (int i = 0; i + 1 < spans.Count; i++)
                if (quotes.Any(q => q.Start < spans[i].End && q.End > spans[i + 1].Start && q.End < para.End))
                {
                    spans[i] = (spans[i].Start, spans[i + 1].End);
                    spans.RemoveAt(i + 1);
                    i--;
                }
            foreach (var (s, e) in spans) list.Add((new SentenceView(text, s, e, p, para.Role, lex), quotes));
        }
        return list;
    }

    private static List<Attribution> Convert(Article article, List<AttributionDraft> drafts, List<(SentenceView View, IReadOnlyList<QuoteSpan> Quotes)> sentences)
    {
        var index = new Dictionary<AttributionDraft, int>();
        var kept = new List<AttributionDraft>();
        foreach (var d in drafts)
        {
            if (kept.Any(k => k.Source is { } a && d.Source is { } b && a.Start == b.Start && a.End == b.End && k.CueOffset == d.CueOffset)) continue;
            index[d] = kept.Count;
            kept.Add(d);
        }
        var result = new List<Attribution>(kept.Count);
        foreach (var d in kept)
        {
            var quotes = sentences.First(x => x.View == d.Sentence).Quotes;
            int cs = Math.Max(0, d.ContentStart), ce = Math.Max(cs, d.ContentEnd);
            var quote = d.Quote ?? QuoteDetector.Classify(quotes, article.Text, cs, ce);
            int? via = d.Via is { } v && index.TryGetValue(v, out var vi) && v != d ? vi : null;
            result.Add(new Attribution(d.Source?.Text ?? "", d.Source?.Start ?? -1, d.Source?.End ?? -1, d.Type, d.Cue, quote, cs, ce, via, d.RefersTo));
        }
        return result;
    }
}
