namespace Parallax.Attribution;

/// <summary>
/// Block quotations whose marks were lost: when the last sentence of a paragraph ends with a colon or with a block
/// announcer from the cue lexicon ("as follows", "comme suit"), the next paragraph is what its attribution quotes.
/// The content then covers that paragraph: direct when the cue announced nothing else, mixed when the sentence also
/// paraphrased ("described that C:").
/// </summary>
public static class BlockQuoteRule
{
    public static void Apply(Article article, IReadOnlyList<(SentenceView Sentence, List<AttributionDraft> Drafts)> sentences)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            var (s, drafts) = sentences[i];
            bool lastInParagraph = i + 1 >= sentences.Count || sentences[i + 1].Sentence.Paragraph != s.Paragraph;
            if (!lastInParagraph || drafts.Count == 0) continue;
            var tail = s.Text[s.Start..s.End].TrimEnd();
            bool colon = tail.EndsWith(':');
            int lastWord = s.Count;
            while (lastWord > 0 && !s.IsWord(lastWord - 1)) lastWord--;
            bool announced = s.Lexicon.BlockAnnouncers.EndsAt(s.FoldedList, lastWord);
            if (!colon && !announced && !drafts.Any(d => d.IntroducesBlock)) continue;
            int next = s.Paragraph + 1;
            if (next >= article.Paragraphs.Count || article.Paragraphs[next].Role is not (ParagraphRole.Body)) continue;
            var d = drafts.LastOrDefault(d => d.IntroducesBlock)
                ?? drafts.LastOrDefault(d => d.Kind is CueKind.Verb or CueKind.AsVerb or CueKind.Preposition or CueKind.Quoting or CueKind.Passive);
            if (d is null) continue;
            var p = article.Paragraphs[next];
            bool ownContent = d.ContentStart >= 0 && d.ContentEnd > d.ContentStart && !d.IntroducesBlock && !announced;
            if (ownContent && d.ContentStart > s.StartOf(d.CueTo))
            {
                d.ContentEnd = p.End;
                d.Quote = QuoteKind.Mixed;
            }
            else
            {
                (d.ContentStart, d.ContentEnd) = (p.Start, p.End);
                d.Quote = QuoteKind.Direct;
            }
            d.Side = ContentSide.Block;
        }
    }
}
