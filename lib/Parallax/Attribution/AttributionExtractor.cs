using Parallax.Sources;

namespace Parallax.Attribution;

/// <summary>
/// Turns the cues of one sentence into draft attributions: finds each cue's source phrase on the correct side
/// (before it, after it in inversion, after a preposition or "by"), notes where its content lies and the links it
/// waits for (citing, quoting, spreading, credits). Content spans and links are completed per sentence afterwards.
/// </summary>
public sealed class AttributionExtractor(OutletRegistry outlets, AttributionOptions options)
{
    public List<AttributionDraft> Extract(SentenceView s)
    {
        var drafts = new List<AttributionDraft>();
        foreach (var m in CueFinder.Find(s))
        {
            if (drafts.Any(d => d.Source is { } src && m.TokenStart >= src.TokenStart && m.TokenStart < src.TokenEnd)) continue;
            switch (m.Kind)
            {
                case CueKind.Verb or CueKind.AsVerb: Add(drafts, Spoken(s, m) ?? Coordinated(s, m, drafts)); break;
                case CueKind.Quoting: Add(drafts, Quoting(s, m)); break;
                case CueKind.Preposition: Add(drafts, Preposition(s, m)); break;
                case CueKind.Citing: Add(drafts, Citing(s, m)); break;
                case CueKind.ReverseCiting: Add(drafts, ReverseCiting(s, m)); break;
                case CueKind.Passive: Add(drafts, Passive(s, m)); break;
                case CueKind.Spread: Add(drafts, Spread(s, m)); break;
                case CueKind.Credit: drafts.AddRange(Credits(s, m)); break;
                case CueKind.Unsourced: Add(drafts, Unsourced(s, m)); break;
                case CueKind.Continuation: Continue(drafts, s, m); break;
                case CueKind.Hearsay when options.KeepUnsourcedHedges: Add(drafts, Hearsay(s, m)); break;
            }
        }
        if (options.KeepUnsourcedHedges && drafts.Count(d => d.Kind == CueKind.Hearsay) is > 0 and var h && h < drafts.Count)
            drafts.RemoveAll(d => d.Kind == CueKind.Hearsay);
        return drafts;
    }

    private static void Add(List<AttributionDraft> drafts, AttributionDraft? d)
    {
        if (d is null) return;
        if (d.Source is { } s && s.TokenEnd - s.TokenStart == 1 && !d.Sentence.IsAcronym(s.TokenStart) && d.Sentence.Lexicon.SelfPronouns.Contains(s.Text)) return;
        drafts.Add(d);
    }

    // "X said C", "C, X said", "X, a spokesman, said C", "C, said X", "C, a-t-il déclaré", "X described Y as Z".
    private AttributionDraft? Spoken(SentenceView s, CueMatch m)
    {
        var lex = s.Lexicon;
        int a = AuxStart(s, m.TokenStart);
        int cueTo = m.TokenEnd;
        string cue = s.Span(a, m.TokenEnd);
        bool block = false;
        int rightFrom = m.TokenEnd;
        if (m.Kind == CueKind.AsVerb)
        {
            int asAt = CueFinder.AsAfter(s, m.TokenEnd);
            if (asAt > m.TokenEnd || lex.Language != "en") cue = s.Span(a, m.TokenEnd) + (lex.Language == "en" ? " ... as" : "");
            else cue = s.Span(a, asAt + 1);
            if (lex.BlockAnnouncers.MatchAt(s.FoldedList, asAt) is > 1 and var n) { block = true; cue = cue[..^2] + s.Span(asAt, asAt + n); }
        }
        if (Negated(s, a, m.TokenStart)) return null;
        var (source, side) = SpokenSource(s, a, m.TokenEnd);
        if (source is null) return null;
        if (side == ContentSide.Right && Addressee(s, m.TokenEnd) is { } to) rightFrom = to.TokenEnd;
        var d = new AttributionDraft { Sentence = s, Kind = m.Kind, CueFrom = a, CueTo = cueTo, Cue = cue, Source = source, Side = side, IntroducesBlock = block };
        if (side == ContentSide.Left && source.TokenStart >= m.TokenEnd) rightFrom = source.TokenEnd;
        d.RightFrom = rightFrom;
        return d;
    }

    // "X acknowledged C but insisted D", "X a confirmé C et ajouté D": the second verb shares the first one's subject.
    private static AttributionDraft? Coordinated(SentenceView s, CueMatch m, List<AttributionDraft> drafts)
    {
        int a = AuxStart(s, m.TokenStart);
        if (a < 1 || !(s.Lexicon.And.Contains(s.Folded[a - 1]) || s.Lexicon.Contrasts.Contains(s.Folded[a - 1])) || Negated(s, a, m.TokenStart)) return null;
        var first = drafts.LastOrDefault(d => d.Kind is CueKind.Verb or CueKind.AsVerb && d.Source is { IsClitic: false } src && src.TokenEnd <= d.CueFrom && d.CueTo < a);
        if (first is null) return null;
        return new AttributionDraft
        {
            Sentence = s, Kind = m.Kind, CueFrom = a, CueTo = m.TokenEnd, Cue = s.Span(a, m.TokenEnd), Source = first.Source,
            Side = ContentSide.Right, RightFrom = m.TokenEnd, SharedSource = true,
        };
    }

    /// <summary>True when the auxiliaries before a cue negate it ("did not say", "n'a pas confirmé").</summary>
    internal static bool Negated(SentenceView s, int a, int cue)
    {
        for (int k = a; k < cue; k++)
            if (s.Folded[k] is "not" or "never" or "pas" or "jamais" or "n't" || s.Folded[k].EndsWith("n't", StringComparison.Ordinal)) return true;
        return a > 0 && s.Folded[a - 1] is "n'" or "ne";
    }

    /// <summary>The addressee after a verb of telling ("told Reuters", "a indiqué à l'AFP"), or null.</summary>
    internal static SourcePhrase? Addressee(SentenceView s, int cueEnd)
    {
        var verb = s.Folded[cueEnd - 1];
        if (verb is "told" or "tell" or "tells") return s.Lexicon.Complementizers.Contains(s.Folded[Math.Min(cueEnd, s.Count - 1)]) ? null : SourcePhraseFinder.Right(s, cueEnd);
        return s.Is(cueEnd, "à") || s.Is(cueEnd, "au") || s.Is(cueEnd, "aux") ? SourcePhraseFinder.Right(s, cueEnd + 1) : null;
    }

    /// <summary>The source of a verb cue whose auxiliaries start at <paramref name="a"/>, and where its content lies.</summary>
    internal static (SourcePhrase? Source, ContentSide Side) SpokenSource(SentenceView s, int a, int cueEnd)
    {
        for (int k = a; k < cueEnd; k++)
            if (s.Clitic[k] is (int cs, int ce))
                return (new SourcePhrase(k, k + 1, cs, ce, s.Text[cs..ce]) { IsClitic = true }, ContentSide.Left);
        bool closingQuote = s.IsQuoteMark(a - 1) && !s.IsOpenQuote(a - 1);
        if (s.IsComma(a - 1) || closingQuote)
        {
            if (closingQuote && SourcePhraseFinder.Right(s, cueEnd) is { } afterQuote && (afterQuote.TokenEnd >= s.Count || s.IsPunct(afterQuote.TokenEnd)))
                return (afterQuote, ContentSide.Left);
            if (Appositive(s, a - 1) is { } withApp) return (withApp, ContentSide.Right);
            int from = Addressee(s, cueEnd) is { } addressee && s.Lexicon.Language == "fr" ? addressee.TokenEnd : cueEnd;
            // "a annoncé jeudi le ministère": a time word or adverb may stand between the verb and its subject
            while (from < s.Count - 1 && (s.Lexicon.TimeWords.Contains(s.Folded[from]) || s.Lexicon.Auxiliaries.Contains(s.Folded[from]) && !s.Lexicon.Inner.Contains(s.Folded[from]))
                   && s.IsWord(from + 1) && !s.IsCap(from)) from++;
            var inv = SourcePhraseFinder.Right(s, from);
            if (inv is not null && ClosesInversion(s, inv.TokenEnd) && !s.Lexicon.ObjectPronouns.Contains(inv.Text.ToLowerInvariant()))
                return (RightAppositive(s, inv), ContentSide.Left);
            return (null, ContentSide.Right);
        }
        return (SourcePhraseFinder.Left(s, a), ContentSide.Right);
    }

    /// <summary>True when an inverted subject ending at <paramref name="end"/> closes its clause, alone or with an adjunct
    /// ("said X.", "a indiqué son bureau dans un communiqué.", "a déclaré X sous couvert d'anonymat.").</summary>
    internal static bool ClosesInversion(SentenceView s, int end)
    {
        if (end >= s.Count || s.IsPunct(end)) return true;
        var lex = s.Lexicon;
        var w = s.Folded[end];
        if (lex.Complementizers.Contains(w) || !(lex.Stops.Contains(w) || lex.TimeWords.Contains(w) || lex.Inner.Contains(w)) || lex.IsPronoun(w)
            || lex.Be.Contains(w) || lex.Auxiliaries.Contains(w) && !lex.Inner.Contains(w)) return false;
        for (int k = end; k < s.Count && !s.IsPunct(k); k++)
            if (lex.Complementizers.Contains(s.Folded[k]) || lex.Verbs.Contains(s.Folded[k]) || lex.Be.Contains(s.Folded[k])) return false;
        return true;
    }

    /// <summary>An inverted subject with the appositive closing the sentence after it ("said X, a civil defence spokesman.").</summary>
    internal static SourcePhrase RightAppositive(SentenceView s, SourcePhrase p)
    {
        int comma = p.TokenEnd;
        if (!s.IsComma(comma) || comma + 1 >= s.Count || !s.IsWord(comma + 1)) return p;
        int end = comma + 1;
        while (end < s.Count && !s.IsPunct(end))
        {
            if (s.Lexicon.Complementizers.Contains(s.Folded[end]) || s.Lexicon.Verbs.Contains(s.Folded[end])) return p;
            end++;
        }
        if (end < s.Count && !(s.Is(end, ".") || s.Is(end, "!")) || end - comma > 14) return p;
        return p with { Appositive = (s.StartOf(comma + 1), s.EndOf(end - 1)) };
    }

    /// <summary>"X, APPOSITIVE, said": the phrase before the appositive ending at the comma <paramref name="comma"/>.</summary>
    internal static SourcePhrase? Appositive(SentenceView s, int comma)
    {
        int open = comma - 1;
        while (open >= 0 && !s.IsComma(open) && comma - open <= 20)
        {
            if (s.Is(open, ".") || s.Is(open, ";") || s.Is(open, ":")) return null;
            open--;
        }
        if (open < 1 || !s.IsComma(open) || open + 1 >= comma) return null;
        var first = s.Folded[open + 1];
        bool isName = comma - open - 1 is >= 1 and <= 4 && Enumerable.Range(open + 1, comma - open - 1).All(k => s.IsCap(k) || s.Folded[k] is "al" or "bin" or "ben" or "de" or "van" or "von");
        bool looksAppositive = s.Lexicon.AppositiveOpeners.Contains(first) || s.IsDigit(open + 1) && comma - open == 2 || isName;
        if (!looksAppositive) return null;
        var np = SourcePhraseFinder.Left(s, open);
        // "The regional governor, Ahmet Kaya, said": the description and the name together
        if (isName && np is not null && (!s.IsCap(np.TokenEnd - 1) || s.Lexicon.Determiners.Contains(s.Folded[np.TokenStart])))
            return SourcePhrase.Of(s, np.TokenStart, comma);
        if (isName) return null;
        return np is null ? null : np with { Appositive = (s.StartOf(open + 1), s.EndOf(comma - 1)) };
    }

    /// <summary>Start of the auxiliaries and adverbs before a cue ("has long claimed", "a également déclaré").</summary>
    internal static int AuxStart(SentenceView s, int cue)
    {
        var lex = s.Lexicon;
        int a = cue;
        while (a - 1 >= 0 && s.IsWord(a - 1) && (lex.Auxiliaries.Contains(s.Folded[a - 1])
               || s.Folded[a - 1].EndsWith("ly", StringComparison.Ordinal) && !s.IsCap(a - 1) && s.Folded[a - 1].Length > 4))
            a--;
        // French "de son côté", "pour sa part" may be swept up: keep the auxiliaries only when they end in a verb form.
        while (a < cue && s.Lexicon.Language == "fr" && s.Folded[a] is "de" or "pour" or "sa" or "son" or "part" or "côté") a++;
        return a;
    }

    // "X quoted Y as saying C", "X quoted him as saying C".
    private AttributionDraft? Quoting(SentenceView s, CueMatch m)
    {
        int a = AuxStart(s, m.TokenStart);
        int quotedEnd = m.TokenStart + s.Lexicon.Quoting.MatchAt(s.FoldedList, m.TokenStart);
        var (x, _) = SpokenSource(s, a, quotedEnd);
        int n = CueFinder.SayingAt(s, quotedEnd, out int sayAt);
        if (x is null || n == 0) return null;
        var y = SourcePhraseFinder.Right(s, quotedEnd);
        if (y is null || y.TokenEnd > sayAt) return null;
        var quoted = s.Span(a, quotedEnd);
        var saying = s.Span(sayAt, sayAt + n);
        bool pronoun = s.Lexicon.ObjectPronouns.Contains(PhraseSet.Fold(y.Text));
        return pronoun
            ? new AttributionDraft { Sentence = s, Kind = m.Kind, CueFrom = a, CueTo = sayAt + n, Cue = $"{quoted} {y.Text} {saying}", Source = x, RightFrom = sayAt + n, Link = PendingLink.CarriesPronoun }
            : new AttributionDraft { Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = sayAt + n, Cue = $"{quoted} ... {saying}", Source = y, RightFrom = sayAt + n, Link = PendingLink.ThroughPhrase, ThroughPhrase = x };
    }

    // "according to X, C", "C, according to X", "according to the report by X", "selon X", "de source militaire".
    private AttributionDraft? Preposition(SentenceView s, CueMatch m)
    {
        var lex = s.Lexicon;
        int cueTo = m.TokenEnd;
        SourcePhrase? src;
        if (m.TokenEnd - m.TokenStart >= 2 && s.Folded[m.TokenEnd - 1] is "source" or "sources")
        {
            var rest = SourcePhraseFinder.Right(s, m.TokenEnd);
            src = SourcePhrase.Of(s, m.TokenEnd - 1, rest?.TokenEnd ?? m.TokenEnd);
        }
        else src = SourcePhraseFinder.Right(s, m.TokenEnd);
        if (src is null) return null;
        // "according to the report by X": the author is the source
        int after = src.TokenEnd;
        if (after < s.Count && (lex.By.Contains(s.Folded[after]) || s.Folded[after] is "from" or "de" or "d'") && HeadIsReport(s, src)
            && SourcePhraseFinder.Right(s, after + 1) is { } author)
        {
            cueTo = after + 1;
            src = author;
        }
        bool atStart = m.TokenStart == 0 || s.IsPunct(m.TokenStart - 1) || lex.Boundaries.Contains(s.Folded[m.TokenStart - 1]);
        // "C, selon X, cité par Y.": a comma after a clause puts the content on the left; after a short opener ("Hier, selon X, C") on the right
        if (s.IsComma(m.TokenStart - 1) && Enumerable.Range(0, m.TokenStart - 1).Count(s.IsWord) > 3) atStart = false;
        var side = atStart && src.TokenEnd < s.Count - 1 ? ContentSide.Right : ContentSide.Left;
        int rightFrom = src.TokenEnd;
        if (s.IsComma(rightFrom)) rightFrom++;
        return new AttributionDraft { Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = cueTo, Cue = s.Span(m.TokenStart, cueTo), Source = src, Side = side, RightFrom = rightFrom };
    }

    private static bool HeadIsReport(SentenceView s, SourcePhrase p) =>
        p.TokenEnd - 1 >= 0 && s.Folded[p.TokenEnd - 1] is "report" or "reports" or "article" or "statement" or "rapport" or "article" or "dispatch" or "interview" or "account" or "post";

    // "X reported, citing Y, that C"
    private static AttributionDraft? Citing(SentenceView s, CueMatch m)
    {
        var src = SourcePhraseFinder.Right(s, m.TokenEnd);
        return src is null ? null : new AttributionDraft
        {
            Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = m.TokenEnd, Cue = s.Span(m.TokenStart, m.TokenEnd), Source = src,
            Side = ContentSide.Linked, RightFrom = src.TokenEnd, Link = PendingLink.ThroughGoverning,
        };
    }

    // "X, quoted by Y, said C"; "X was quoted by Y as saying C"
    private static AttributionDraft? ReverseCiting(SentenceView s, CueMatch m)
    {
        if (CueFinder.PassiveContext(s, m.TokenStart, out bool habitual) && habitual) return null;
        var src = SourcePhraseFinder.Right(s, m.TokenEnd);
        if (src is null) return null;
        return new AttributionDraft
        {
            Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = m.TokenEnd, Cue = s.Span(m.TokenStart, m.TokenEnd), Source = src,
            Side = ContentSide.Linked, RightFrom = src.TokenEnd, Link = PendingLink.CarriesOther,
        };
    }

    // "it has been reported by X", "The news was announced by X", "the toll reported by X"
    private static AttributionDraft? Passive(SentenceView s, CueMatch m)
    {
        var lex = s.Lexicon;
        var src = SourcePhraseFinder.Right(s, m.TokenEnd);
        if (src is null) return null;
        int a = m.TokenStart;
        while (a - 1 >= 0 && s.IsWord(a - 1) && (lex.Be.Contains(s.Folded[a - 1]) || lex.Auxiliaries.Contains(s.Folded[a - 1]))) a--;
        bool expletive = a - 1 >= 0 && s.Folded[a - 1] is "it" or "il";
        if (expletive) a--;
        var side = ContentSide.Left;
        int rightFrom = src.TokenEnd;
        if (expletive && !s.IsComma(a - 1)) side = ContentSide.Right;
        return new AttributionDraft { Sentence = s, Kind = m.Kind, CueFrom = a, CueTo = m.TokenEnd, Cue = s.Span(a, m.TokenEnd), Source = src, Side = side, RightFrom = rightFrom };
    }

    // "announced by X and then circulated among various sources, including Y"
    private static AttributionDraft? Spread(SentenceView s, CueMatch m)
    {
        int at = CueFinder.SpreadTarget(s, m.TokenEnd);
        var src = at < 0 ? null : SourcePhraseFinder.Right(s, at);
        if (src is null) return null;
        return new AttributionDraft
        {
            Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = at, Cue = s.Span(m.TokenStart, at), Source = src,
            Side = ContentSide.Linked, RightFrom = src.TokenEnd, Link = PendingLink.CarriesPrevious,
        };
    }

    // "... via IRIB/Al Arabiya."
    private IEnumerable<AttributionDraft> Credits(SentenceView s, CueMatch m)
    {
        var list = new List<AttributionDraft>();
        int k = m.TokenEnd;
        if (s.Is(k, ":")) k++;
        while (k < s.Count)
        {
            var src = SourcePhraseFinder.Right(s, k);
            if (src is null) break;
            bool known = outlets.Find(src.Text) is not null || src.Text.StartsWith('@') || s.Role == ParagraphRole.Caption && s.IsCap(src.TokenStart);
            if (!known) return [];
            list.Add(new AttributionDraft { Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = m.TokenEnd, Cue = s.Span(m.TokenStart, m.TokenEnd), Source = src, Side = ContentSide.Left, RightFrom = src.TokenEnd });
            k = src.TokenEnd;
            if (k < s.Count && (s.Is(k, "/") || s.IsComma(k) || s.Lexicon.And.Contains(s.Folded[k]))) k++;
            else break;
        }
        for (int i = 0; i + 1 < list.Count; i++) list[i].Via = list[i + 1];
        return list;
    }

    // "By other estimates, C"
    private static AttributionDraft Unsourced(SentenceView s, CueMatch m)
    {
        int from = m.TokenStart + (s.Lexicon.By.Contains(s.Folded[m.TokenStart]) || s.Folded[m.TokenStart] is "selon" or "d'après" ? 1 : 0);
        int rightFrom = s.IsComma(m.TokenEnd) ? m.TokenEnd + 1 : m.TokenEnd;
        return new AttributionDraft
        {
            Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = m.TokenEnd, Cue = s.Span(m.TokenStart, m.TokenEnd),
            Source = SourcePhrase.Of(s, from, m.TokenEnd), RightFrom = rightFrom, Type = "unattributed",
        };
    }

    private static AttributionDraft Hearsay(SentenceView s, CueMatch m) => new()
    {
        Sentence = s, Kind = m.Kind, CueFrom = m.TokenStart, CueTo = m.TokenEnd, Cue = s.Span(m.TokenStart, m.TokenEnd),
        Source = null, Side = ContentSide.Linked, RightFrom = m.TokenEnd, Type = "unattributed",
    };

    // "X reported C, adding that D"
    private static void Continue(List<AttributionDraft> drafts, SentenceView s, CueMatch m)
    {
        var prev = drafts.LastOrDefault(d => d.CueTo <= m.TokenStart && d.Kind is not (CueKind.Citing or CueKind.ReverseCiting or CueKind.Credit));
        if (prev is null) return;
        int to = m.TokenEnd;
        if (to < s.Count && s.Lexicon.Complementizers.Contains(s.Folded[to])) to++;
        prev.Cue += ", " + s.Span(m.TokenStart, to);
        prev.ContinuationFrom = to;
    }
}
