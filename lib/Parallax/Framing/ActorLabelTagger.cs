using Parallax.Pipeline;
using Parallax.Text;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Framing;

/// <summary>
/// Tags actor labels: noun phrases naming a side, from the lexicon, with side and frame categories. A label inside a
/// quotation is marked (<see cref="ActorLabel.InQuotation"/>) and linked to the attribution whose quote contains it
/// (<see cref="ActorLabel.QuotedFrom"/>). Boilerplate and promotion paragraphs are skipped.
/// </summary>
public sealed class ActorLabelTagger(ActorLexicon lexicon, Countries countries, SentenceSplitter splitter) : IArticleTagger
{
    private readonly LabelFinder _finder = new(lexicon, countries);
    private readonly SideResolver _sides = new(lexicon, countries);
    private readonly ArticleContextReader _context = new(lexicon, countries);

    public string Name => "actor-labels";

    public ActorLexicon Lexicon => lexicon;

    public static ActorLabelTagger For(KitData data) => new(ActorLexicon.For(data), Countries.For(data), SentenceSplitter.For(data));

    public Document Tag(Document document)
    {
        var text = document.Text;
        var paragraphs = TaggedParagraphs.Of(document.Article).ToList();
        var sentences = paragraphs.SelectMany(p => splitter.Split(text, p.Start, p.End)).Select(s => WordToken.Read(text, s.Start, s.End)).ToList();
        var ctx = _context.Read(sentences);
        var quotes = QuoteSpans.Find(text, paragraphs);
        var resolved = new List<(LabelCandidate Candidate, string Side, int Sentence, IReadOnlyList<WordToken> Tokens)>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var toks = sentences[si];
            foreach (var c in _finder.Find(toks, 0, toks.Count))
                resolved.Add((c, _sides.Resolve(c, ctx), si, toks));
        }
        var labels = new List<ActorLabel>();
        for (int i = 0; i < resolved.Count; i++)
        {
            var (c, side, si, toks) = resolved[i];
            if (side == Sides.Context) side = Inherited(resolved, i) ?? (c.Definite ? Antecedent(resolved, i) : null) ?? Sides.Other;
            resolved[i] = (c, side, si, toks);
            if (!c.Standalone && (side == Sides.Other || c.Relations.Count == 0 && c.Nationalities.Count == 0 && !c.Allied)) continue;
            int start = toks[c.First].Start, end = toks[c.Last].End;
            var quote = QuoteSpans.Containing(quotes, start, end);
            var quotedFrom = QuotedFrom(document.Attributions, start, end, quote);
            bool inQuote = quote is not null || quotedFrom is { } q && document.Attributions[q].Quote == Attribution.QuoteKind.Direct;
            labels.Add(new ActorLabel(start, end, text[start..end], c.HeadText, side, c.Categories.Order(StringComparer.Ordinal).ToList(), quotedFrom)
            { InQuotation = inQuote });
        }
        return document with { Labels = labels };
    }

    // "their affiliated militias", "18 allied fighters", "the army and Local Defense Forces": the side of the actor just before.
    private static string? Inherited(List<(LabelCandidate Candidate, string Side, int Sentence, IReadOnlyList<WordToken> Tokens)> resolved, int i)
    {
        var (c, _, si, toks) = resolved[i];
        if (i == 0) return null;
        var (prev, prevSide, psi, _) = resolved[i - 1];
        if (prevSide is Sides.Context or Sides.Other) return null;
        if (c.Allied && (psi == si || psi == si - 1)) return prevSide;
        if (psi != si || prev.Last >= c.First) return null;
        var between = toks.Skip(prev.Last + 1).Take(c.First - prev.Last - 1).ToList();
        return between.Count is > 0 and <= 2 && between.All(t => t.Fold is "and" or "et" or "or" or "ou" or "," or "as" or "well") ? prevSide : null;
    }

    // "The army also said": a definite label takes the side of the last label with the same head.
    private static string? Antecedent(List<(LabelCandidate Candidate, string Side, int Sentence, IReadOnlyList<WordToken> Tokens)> resolved, int i)
    {
        for (int k = i - 1; k >= 0; k--)
            if (resolved[k].Candidate.HeadText == resolved[i].Candidate.HeadText && resolved[k].Side is not (Sides.Context or Sides.Other))
                return resolved[k].Side;
        return null;
    }

    /// <summary>The attribution whose quoted words contain [start, end): a direct quote's content, or the quotation inside an attribution.</summary>
    public static int? QuotedFrom(IReadOnlyList<AttributionRecord> attributions, int start, int end, (int Start, int End)? quote)
    {
        int? best = null;
        int bestLength = int.MaxValue;
        for (int i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            bool inContent = a.ContentStart - 1 <= start && end <= a.ContentEnd + 1;
            bool quoted = quote is { } q && (inContent || a.Start <= q.Start && q.End <= a.End + 1);
            if (!(quoted || inContent && a.Quote == Attribution.QuoteKind.Direct)) continue;
            int length = a.ContentEnd - a.ContentStart;
            if (length < bestLength) { best = i; bestLength = length; }
        }
        return best;
    }
}
