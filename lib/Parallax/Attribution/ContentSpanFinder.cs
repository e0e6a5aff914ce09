namespace Parallax.Attribution;

/// <summary>
/// Sets the content span of each draft of a sentence: the clause after the cue ("said (that) C", up to the next
/// attribution's own words), the clause before the source ("C, X said"), or the content of the attribution it is
/// linked to (citing, credits). A verb cue followed only by a short adverbial tail ("reported on Thursday") takes its
/// content from the left.
/// </summary>
public static class ContentSpanFinder
{
    private const int MaxTail = 8;

    public static void Assign(SentenceView s, IReadOnlyList<AttributionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Side == ContentSide.Right && d.Kind is CueKind.Verb or CueKind.AsVerb && PrefersLeft(s, d, drafts)) d.Side = ContentSide.Left;
            switch (d.Side)
            {
                case ContentSide.Right: Right(s, d, drafts); break;
                case ContentSide.Left: Left(s, d, drafts); break;
            }
        }
        foreach (var d in drafts.Where(d => d.Side == ContentSide.Linked))
        {
            var other = Governing(d, drafts);
            if (other is not null && other.ContentStart >= 0) (d.ContentStart, d.ContentEnd) = (other.ContentStart, other.ContentEnd);
            // a hedge with no source ("X reportedly did Y") hedges the whole sentence it stands in
            else if (d.Kind == CueKind.Hearsay) (d.ContentStart, d.ContentEnd) = Trim(s, s.Start, s.End);
            else (d.ContentStart, d.ContentEnd) = Trim(s, s.Start, s.StartOf(d.RegionStart));
        }
        foreach (var d in drafts.Where(d => d.ContinuationFrom >= 0))
        {
            int end = s.StartOf(NextRegion(s, d.ContinuationFrom, drafts, d));
            var (_, e) = Trim(s, s.StartOf(d.ContinuationFrom), end);
            if (d.ContentStart < 0) d.ContentStart = s.StartOf(d.ContinuationFrom);
            d.ContentEnd = Math.Max(d.ContentEnd, e);
        }
    }

    /// <summary>The attribution a linked draft takes its content from: the nearest earlier one in the sentence, else the nearest later one.</summary>
    public static AttributionDraft? Governing(AttributionDraft d, IReadOnlyList<AttributionDraft> drafts)
    {
        bool Main(AttributionDraft o) => o != d && o.Side != ContentSide.Linked && o.Kind != CueKind.Credit;
        return drafts.LastOrDefault(o => Main(o) && o.CueFrom < d.CueFrom) ?? drafts.FirstOrDefault(o => Main(o) && o.CueFrom > d.CueFrom);
    }

    private static bool PrefersLeft(SentenceView s, AttributionDraft d, IReadOnlyList<AttributionDraft> drafts)
    {
        if (d.Source is not { } src || src.TokenStart < 2 || src.Appositive.Start >= 0) return false;
        int before = src.TokenStart - 1;
        if (!(s.IsComma(before) || s.IsQuoteMark(before) && !s.IsOpenQuote(before))) return false;
        int tailFrom = SkipLinked(s, d.RightFrom, drafts);
        int tailEnd = NextRegion(s, tailFrom, drafts, d);
        if (d.ContinuationFrom >= 0) tailEnd = Math.Min(tailEnd, d.ContinuationFrom - 1);
        int words = 0;
        bool counting = true;
        for (int k = tailFrom; k < tailEnd; k++)
        {
            if (s.Lexicon.Complementizers.Contains(s.Folded[k]) || s.IsQuoteMark(k) || s.Is(k, ":")) return false;
            if (s.IsComma(k)) counting = false;
            if (s.IsWord(k) && counting) words++;
        }
        return words <= MaxTail;
    }

    private static void Right(SentenceView s, AttributionDraft d, IReadOnlyList<AttributionDraft> drafts)
    {
        int from = SkipLinked(s, d.RightFrom, drafts);
        int end = NextRegion(s, from, drafts, d);
        if (d.ContinuationFrom >= 0) end = Math.Min(end, d.ContinuationFrom);
        for (int k = from; k < end && k < from + 25; k++)
        {
            if (s.IsQuoteMark(k)) break;
            if (s.Lexicon.Complementizers.Contains(s.Folded[k]) || s.Is(k, ":")) { from = k + 1; break; }
            if (s.Lexicon.Language == "fr" && s.Folded[k].StartsWith("qu'", StringComparison.Ordinal))
            {
                (d.ContentStart, d.ContentEnd) = Trim(s, s.Tokens[k].Start + 3, s.StartOf(end));
                return;
            }
        }
        (d.ContentStart, d.ContentEnd) = Trim(s, s.StartOf(from), s.StartOf(end));
    }

    private static void Left(SentenceView s, AttributionDraft d, IReadOnlyList<AttributionDraft> drafts)
    {
        int to = d.Source is { IsClitic: false } src && src.TokenStart < d.CueFrom ? src.TokenStart : d.CueFrom;
        int from = 0;
        AttributionDraft? inner = null;
        foreach (var o in drafts)
            if (o != d && o.Side == ContentSide.Right && o.CueTo <= to && o.ContentEnd > s.StartOf(0) && o.CueTo > from) (from, inner) = (o.CueTo, o);
        // "Le ministre a dénoncé C, a indiqué son bureau": the whole reported clause, which reaches us through the later source
        if (inner is { Source: { IsClitic: false } isrc, SharedSource: false } && isrc.TokenStart < inner.CueFrom && to - inner.CueTo > 0
            && s.IsComma(to - 1) && d.Source is { } own && own.TokenStart > d.CueFrom - 1 && !drafts.Any(o => o != inner && o != d && o.CueFrom < inner.CueFrom && o.CueTo > isrc.TokenStart))
        {
            from = drafts.Where(o => o.Side == ContentSide.Right && o.CueTo <= isrc.TokenStart).Select(o => o.CueTo).DefaultIfEmpty(0).Max();
            if (from <= isrc.TokenStart) { from = isrc.TokenStart; inner.Via ??= d; }
        }
        (d.ContentStart, d.ContentEnd) = Trim(s, s.StartOf(from), s.StartOf(to));
    }

    /// <summary>The first token at or after <paramref name="from"/> where another attribution's own words begin.</summary>
    private static int NextRegion(SentenceView s, int from, IReadOnlyList<AttributionDraft> drafts, AttributionDraft self)
    {
        int end = s.Count;
        foreach (var o in drafts)
        {
            if (o == self || o.Kind == CueKind.Credit) continue;
            int r = o.Kind is CueKind.Citing or CueKind.ReverseCiting or CueKind.Preposition ? o.CueFrom : o.RegionStart;
            if (r >= from && r < end) end = r;
        }
        return end;
    }

    /// <summary>Skips ", citing Y," segments right after a cue ("reported, citing an official, that C").</summary>
    private static int SkipLinked(SentenceView s, int from, IReadOnlyList<AttributionDraft> drafts)
    {
        for (bool moved = true; moved;)
        {
            moved = false;
            int k = s.IsComma(from) ? from + 1 : from;
            var linked = drafts.FirstOrDefault(o => o.Kind is CueKind.Citing or CueKind.ReverseCiting && o.CueFrom == k && o.Source is not null);
            if (linked is null) break;
            from = linked.Source!.TokenEnd;
            if (s.IsComma(from)) from++;
            moved = true;
        }
        return from;
    }

    /// <summary>[start, end) without surrounding spaces and separating punctuation (quotation marks kept).</summary>
    public static (int Start, int End) Trim(SentenceView s, int start, int end)
    {
        var t = s.Text;
        while (start < end && (char.IsWhiteSpace(t[start]) || t[start] is ',' or ';' or ':' or '—' or '–')) start++;
        if (s.Count > 0 && start == s.Tokens[0].Start) start = DatelinePrefix.Skip(t, start, end);
        while (end > start && (char.IsWhiteSpace(t[end - 1]) || t[end - 1] is ',' or ';' or ':' or '.' or '—' or '–')) end--;
        return (start, end);
    }
}
