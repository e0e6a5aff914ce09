namespace Parallax.Names.Extraction;

/// <summary>
/// Decides what a run of capitalised words names, from data rather than code: titles and honorifics, organisation and
/// outlet cue words, place cues and prefixes, first names, cue phrases around the run; words used in lower case
/// elsewhere in the article and function words are not names. A lone word with no evidence is left pending: it becomes
/// a person only if it is the surname of a full name of the article (<see cref="LoneNameResolver"/>).
/// </summary>
public sealed class RunClassifier(NameLexicon lexicon)
{
    private readonly TitleFinder _titles = new(lexicon);
    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "this", "that", "le", "la", "les", "un", "une", "des", "du", "l", "ce", "cette", "der", "die", "das", "ein", "eine"], StringComparer.Ordinal);

    /// <summary>The names in one run (none, one, or a pending lone word).</summary>
    public IEnumerable<FoundName> Classify(CandidateRun run, RunContext ctx)
    {
        var w = ctx.Words;
        int first = run.First, last = run.Last;
        // leading function words and demonyms ("The", "In", "Iranian")
        while (first <= last && (lexicon.NotNames.Contains(w[first].Folded) || lexicon.Connecting.Contains(w[first].Text))) first++;
        if (first > last) yield break;
        // a sentence's first word before "of the" is a common noun ("Troops of the United Nations ...")
        if (first < last && ctx.SentenceStarts.Contains(first) && IsSeparator(w[first + 1]) && !lexicon.OrganisationCues.Contains(w[first].Folded)
            && lexicon.Titles.Match(w, first, anyCase: true) is null)
        {
            first++;
            while (first <= last && (lexicon.Connecting.Contains(w[first].Text) || lexicon.European.Contains(w[first].Text))) first++;
            if (first > last) yield break;
        }
        if (OrganisationKind(w, new CandidateRun(first, last - first + 1)) is { } early && first < last && _titles.AtStart(w, new CandidateRun(first, last - first + 1)) == 0)
        {
            yield return new FoundName(first, last, early);
            yield break;
        }
        while (first <= last && IsLeadingNoise(w[first], first, ctx)) first++;
        if (first > last) yield break;
        var core = new CandidateRun(first, last - first + 1);

        // organisation or outlet named by a cue word heading or ending the run ("Quds Force", "Ministry of Defence")
        if (OrganisationKind(w, core) is { } orgKind && !(first == last))
        {
            var titled = _titles.AtStart(w, core);
            if (titled > 0 && titled < core.Count && OrganisationKind(w, new CandidateRun(first + titled, core.Count - titled)) is null)
            { /* "General Esmail": a title, not an organisation */ }
            else
            {
                int s = first + (titled > 0 && titled < core.Count && core.Count - titled >= 2 ? titled : 0);
                while (s < last && lexicon.Connecting.Contains(w[s].Text)) s++;
                yield return new FoundName(s, last, orgKind);
                yield break;
            }
        }

        // not an organisation: "and", "of", "et" separate names ("Nasrallah et de Mikati")
        int titleWords = _titles.AtStart(w, core);
        for (int i = first + Math.Max(1, titleWords); i < last; i++)
            if (IsSeparator(w[i]) && i > first + titleWords)
            {
                foreach (var n in Classify(new CandidateRun(run.First, i - run.First), ctx)) yield return n;
                foreach (var n in Classify(new CandidateRun(i + 1, run.Last - i), ctx)) yield return n;
                yield break;
            }

        // title at the start of the run, or just before it
        string? title = null;
        int t = _titles.AtStart(w, core);
        if (t > 0)
        {
            title = Title(ctx, first, first + t - 1);
            first += t;
            while (first <= last && (lexicon.Connecting.Contains(w[first].Text) || IsLeadingNoise(w[first], first, ctx))) first++;
            if (first > last) yield break;
            core = new CandidateRun(first, last - first + 1);
            if (OrganisationKind(w, core) is { } k2 && core.Count >= 2) { yield return new FoundName(first, last, k2); yield break; }
        }
        else if (_titles.Before(w, run) is { } before) title = Title(ctx, before.First, before.First + before.Count - 1);

        // honorifics stay in the name but are not first names
        int h = first;
        while (h <= last && lexicon.Honorific(w[h].Text) is not null) h++;
        bool honorific = h > first;
        if (h > last) yield break;
        int nameWords = last - h + 1;
        var firstName = w[h];
        bool knownFirst = lexicon.FirstNames.Contains(firstName.Folded) || lexicon.Connectors.ContainsKey(firstName.Folded) && nameWords >= 2;
        bool titleCase = ctx.Style != ParagraphStyle.Sentence;

        // places: cue words ("Idlib Province"), Levantine prefixes ("Khan Tuman"), "city of X"
        if (!honorific && title is null && !knownFirst && PlaceEvidence(w, core, ctx)) { if (!titleCase) yield return new FoundName(first, last, Names.MentionKind.Place); yield break; }

        bool aliasBefore = AliasBefore(w, first);
        bool bylineBefore = BylineBefore(w, first);
        if (nameWords >= 2)
        {
            if (title is not null || honorific || knownFirst || aliasBefore || bylineBefore)
            {
                if (titleCase && title is null && !knownFirst) yield break;
                yield return new FoundName(first, last, Names.MentionKind.Person, title);
                yield break;
            }
            if (DefaultPerson(w, core, ctx)) yield return new FoundName(first, last, Names.MentionKind.Person);
            yield break;
        }

        // a single name word
        if (lexicon.NotNames.Contains(firstName.Folded) || lexicon.Adjectives.Contains(firstName.Folded)) yield break;
        if (title is not null || honorific || aliasBefore)
        {
            if (!lexicon.FirstNames.Contains(firstName.Folded) || honorific || aliasBefore)
                yield return new FoundName(first, last, Names.MentionKind.Person, title);
            yield break;
        }
        if (!titleCase && PersonVerbAfter(w, last) && !AfterPlacePreposition(w, first))
        {
            yield return new FoundName(first, last, Names.MentionKind.Person);
            yield break;
        }
        yield return new FoundName(first, last, Names.MentionKind.Person, Pending: true);
    }

    private bool IsSeparator(NameWord word) =>
        !word.IsCapitalised && lexicon.Connecting.Contains(word.Text) && !lexicon.European.Contains(word.Text) && !lexicon.Articles.Contains(word.Text);

    private bool IsLeadingNoise(NameWord word, int index, RunContext ctx) =>
        lexicon.NotNames.Contains(word.Folded) || lexicon.Adjectives.Contains(word.Folded)
        || lexicon.Connecting.Contains(word.Text)
        // a sentence's first word that the article also writes in lower case ("Crucially", "Hailing")
        || ctx.SentenceStarts.Contains(index) && ctx.LowerVocabulary.Contains(word.Folded)
        || ctx.Style != ParagraphStyle.Sentence && ctx.LowerVocabulary.Contains(word.Folded);

    private Names.MentionKind? OrganisationKind(IReadOnlyList<NameWord> w, CandidateRun run)
    {
        var lastWord = w[run.Last].Folded;
        if (lexicon.OutletCues.Contains(lastWord)) return Names.MentionKind.Outlet;
        for (int i = run.First; i <= run.Last; i++)
            if (lexicon.OrganisationCues.Contains(w[i].Folded)) return Names.MentionKind.Organisation;
        return null;
    }

    private bool PlaceEvidence(IReadOnlyList<NameWord> w, CandidateRun run, RunContext ctx)
    {
        if (run.Count >= 2 && lexicon.PlaceCues.Contains(w[run.Last].Folded)) return true;
        if (run.Count >= 2 && lexicon.PlacePrefixes.Contains(w[run.First].Folded)) return true;
        for (int j = Math.Max(0, run.First - 3); j < run.First; j++)
            if (lexicon.PlaceBefore.Match(w, j, anyCase: true) is { } m && j + m.Length == run.First) return true;
        if (run.Count >= 2 && AfterPlacePreposition(w, run.First)) return true;
        return false;
    }

    // A run of two to four name words with no other evidence: a person when it sits in running text, is not the whole
    // line, follows no determiner or place preposition, and none of its words is written in lower case in the article.
    private bool DefaultPerson(IReadOnlyList<NameWord> w, CandidateRun run, RunContext ctx)
    {
        if (ctx.Style != ParagraphStyle.Sentence || run.Count > 4) return false;
        int names = 0;
        for (int i = run.First; i <= run.Last; i++)
        {
            var f = w[i].Folded;
            if (!w[i].IsCapitalised) continue;
            if (lexicon.NotNames.Contains(f) || lexicon.Adjectives.Contains(f) || ctx.LowerVocabulary.Contains(f)) return false;
            names++;
        }
        if (names < 2) return false;
        if (run.First > 0 && Determiners.Contains(w[run.First - 1].Folded) && w[run.First].Adjacent) return false;
        if (AfterPlacePreposition(w, run.First)) return false;
        bool wholeLine = (run.First == 0 || w[run.First].GapBefore.Contains('\n')) && (run.Last == w.Count - 1 || w[run.Last + 1].GapBefore.Contains('\n'));
        return !wholeLine;
    }

    private bool AfterPlacePreposition(IReadOnlyList<NameWord> w, int first) =>
        first > 0 && w[first].Adjacent && lexicon.PlacePrepositions.Contains(w[first - 1].Folded) && !w[first - 1].IsCapitalised;

    private bool PersonVerbAfter(IReadOnlyList<NameWord> w, int last) =>
        last + 1 < w.Count && w[last + 1].Adjacent && lexicon.PersonAfter.Match(w, last + 1, anyCase: true) is not null;

    private bool AliasBefore(IReadOnlyList<NameWord> w, int first)
    {
        for (int j = Math.Max(0, first - 6); j < first; j++)
            if (lexicon.AliasCues.Match(w, j, anyCase: true) is { } m && j + m.Length == first && QuotesOrSpaces(w[first].GapBefore)) return true;
        return false;
    }

    private bool BylineBefore(IReadOnlyList<NameWord> w, int first)
    {
        if (first == 0) return false;
        var prev = w[first - 1];
        bool lineStart = first - 1 == 0 || prev.GapBefore.Contains('\n');
        return lineStart && lexicon.BylineCues.Contains(prev.Folded) && (w[first].Adjacent || w[first].GapBefore.Trim() == ":");
    }

    private static bool QuotesOrSpaces(string gap) => gap.All(c => char.IsWhiteSpace(c) || c is '"' or '“' or '«' or '\'' or '‘' or '(' or ',');

    // the title as written, with the dot of an abbreviation ("Gen.")
    private static string Title(RunContext ctx, int from, int to)
    {
        int s = ctx.Words[from].Start, e = ctx.Words[to].End;
        if (e < ctx.Text.Length && ctx.Text[e] == '.' && e - ctx.Words[to].Start <= 5) e++;
        return ctx.Text[s..e];
    }
}
