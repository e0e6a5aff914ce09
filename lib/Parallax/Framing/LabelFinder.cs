namespace Parallax.Framing;

/// <summary>
/// Finds actor-label noun phrases in a sentence: a lexicon head or named group, grown left over determiners,
/// modifiers, nationality adjectives, names and possessives ("Assad's armed opposition forces"), right over compound
/// heads, names and acronyms ("the opposition Turkestan Islamic Party (TIP)"), French complements
/// ("le dernier bastion majeur de l'opposition", "forces spéciales soutenues par l'Iran") and relation phrases
/// ("forces opposed to the Syrian government", "the army of embattled leader X").
/// </summary>
public sealed class LabelFinder(ActorLexicon lexicon, Countries countries)
{
    // tokens that can anchor a label: a named group's first word, a head, a capital's first word
    private readonly StartWords _anchors = new(lexicon.NamedFirstWords.Concat(lexicon.HeadForms).Concat(countries.FirstWords));

    /// <summary>Label candidates in tokens [<paramref name="s"/>, <paramref name="e"/>) of one sentence.</summary>
    public List<LabelCandidate> Find(IReadOnlyList<WordToken> toks, int s, int e)
    {
        var found = new List<LabelCandidate>();
        var inCore = new bool[toks.Count];
        for (int i = s; i < e; i++)
        {
            if (inCore[i] || !_anchors.MayStart(toks[i])) continue;
            var c = AnchorAt(toks, i, e) ?? CapitalAt(toks, i, s, e);
            if (c is null) continue;
            if (c.CapitalOf is null)
            {
                GrowRight(toks, c, e);
                GrowLeft(toks, c, s);
                Complement(toks, c, e);
            }
            for (int k = c.CoreFirst; k <= c.CoreLast; k++) inCore[k] = true;
            if (!Spans(found, c.First, c.Last)) found.Add(c);
            i = c.CoreLast;
        }
        return found;
    }

    private static bool Spans(List<LabelCandidate> found, int first, int last)
    {
        foreach (var f in found)
            if (f.First == first && f.Last == last) return true;
        return false;
    }

    private LabelCandidate? AnchorAt(IReadOnlyList<WordToken> toks, int i, int e)
    {
        if (lexicon.Named(toks, i) is { } n && i + n.Length <= e)
        {
            var c = new LabelCandidate { First = i, Last = i + n.Length - 1, CoreFirst = i, CoreLast = i + n.Length - 1, Named = n.Group, HeadText = n.Group.Name };
            c.Categories.UnionWith(n.Group.Categories);
            return c;
        }
        if (lexicon.Head(toks[i]) is { } h)
        {
            var c = new LabelCandidate { First = i, Last = i, CoreFirst = i, CoreLast = i, HeadText = toks[i].Bare };
            c.Heads.Add(h);
            c.Categories.UnionWith(h.Categories);
            return c;
        }
        return null;
    }

    // "Damascus has vowed", "Tehran was one of": a capital as the subject of a clause.
    private LabelCandidate? CapitalAt(IReadOnlyList<WordToken> toks, int i, int s, int e)
    {
        if (countries.At(toks, i) is not { Kind: CountryWord.Capital } cap) return null;
        int after = i + cap.Length;
        if (after >= e || !toks[after].IsWord || char.IsUpper(toks[after].Text[0]) || lexicon.Stopwords.Contains(toks[after].Fold)) return null;
        if (i > s && (lexicon.Prepositions.Contains(toks[i - 1].Fold) || lexicon.Determiners.Contains(toks[i - 1].Fold)
            || lexicon.OfWords.Contains(toks[i - 1].Fold) || toks[i - 1].Elided.Length > 0)) return null;
        var c = new LabelCandidate { First = i, Last = after - 1, CoreFirst = i, CoreLast = after - 1, CapitalOf = cap.Country, HeadText = toks[i].Text };
        c.Categories.Add("state-authority");
        return c;
    }

    private void GrowRight(IReadOnlyList<WordToken> toks, LabelCandidate c, int e)
    {
        int j = c.CoreLast + 1;
        bool lastAttributive = c.Heads.LastOrDefault()?.Attributive == true || c.Named is not null;
        while (j < e)
        {
            var t = toks[j];
            if (t.Elided.Length == 0 && lexicon.Named(toks, j) is { } n && j + n.Length <= e)
            {
                c.Named ??= n.Group;
                c.Categories.UnionWith(n.Group.Categories);
                j += n.Length;
                lastAttributive = true;
                continue;
            }
            if (t.Elided.Length == 0 && lexicon.Head(t) is { } h)
            {
                c.Heads.Add(h);
                c.Categories.UnionWith(h.Categories);
                lastAttributive = h.Attributive;
                j++;
                continue;
            }
            if (t.Elided.Length == 0 && lexicon.Tails.Contains(t.Fold)) { j++; lastAttributive = false; continue; }
            if (AcronymAt(toks, j, e) is { } len) { j += len; continue; }
            if (!t.IsCapitalised && t.IsWord && countries.At(toks, j) is { Kind: CountryWord.Adjective } adj)
            {
                c.Nationalities.Add(adj.Country);
                j += adj.Length;
                continue;
            }
            if (!t.IsCapitalised && t.Elided.Length == 0 && lexicon.Modifier(t) is { } m)
            {
                AddModifier(c, m);
                j++;
                continue;
            }
            if (!t.IsCapitalised && lexicon.Affix(t) is { } a)
            {
                AddAffix(c, a.Affix, a.Other);
                j++;
                continue;
            }
            if (!t.IsCapitalised && lexicon.Fillers.Contains(t.Fold) && ContinuesAt(toks, j + 1, e))
            {
                if (t.Fold.StartsWith("alli", StringComparison.Ordinal) || t.Fold.StartsWith("affili", StringComparison.Ordinal)) c.Allied = true;
                j++;
                continue;
            }
            if (lastAttributive && NameTokens.IsName(t, lexicon) && countries.At(toks, j) is null)
            {
                while (j < e && NameTokens.IsName(toks[j], lexicon) && WordForm.Possessor(toks[j].Text) is null) j++;
                lastAttributive = false;
                continue;
            }
            break;
        }
        c.CoreLast = c.Last = j - 1;
    }

    // After a filler on the right, the label goes on only if more of it follows.
    private bool ContinuesAt(IReadOnlyList<WordToken> toks, int j, int e)
    {
        if (j >= e || !toks[j].IsWord) return true;
        var t = toks[j];
        return lexicon.OfWords.Contains(t.Fold) || t.Elided == "d'" || lexicon.Relation(toks, j) is not null || lexicon.Head(t) is not null
            || lexicon.Modifier(t) is not null || countries.At(toks, j) is { Kind: CountryWord.Adjective };
    }

    private void GrowLeft(IReadOnlyList<WordToken> toks, LabelCandidate c, int s)
    {
        int k = c.First - 1;
        bool hopped = false;
        // "groupes d'opposition": the elided "de" joins a noun on the left.
        if (toks[c.First].Elided == "d'" && HopNoun(toks, k, s) is var h0 && h0 >= 0) { k = h0 - 1; hopped = true; }
        while (k >= s)
        {
            var t = toks[k];
            if (lexicon.Determiners.Contains(t.Fold))
            {
                // "the last stronghold of the opposition"
                if (!hopped && k - 1 >= s && lexicon.OfWords.Contains(toks[k - 1].Fold) && HopNoun(toks, k - 2, s) is var h1 && h1 >= 0)
                { k = h1 - 1; hopped = true; continue; }
                // "les forces du régime": du and des are "of" and an article at once
                if (!hopped && lexicon.OfWords.Contains(t.Fold) && HopNoun(toks, k - 1, s) is var h3 && h3 >= 0)
                { k = h3 - 1; hopped = true; continue; }
                k--;
                break;
            }
            if (!hopped && lexicon.OfWords.Contains(t.Fold) && t.Fold != "of" && t.Fold != "from" && HopNoun(toks, k - 1, s) is var h2 && h2 >= 0)
            { k = h2 - 1; hopped = true; continue; }
            if (t.Elided.Length == 0 && lexicon.Fillers.Contains(t.Fold))
            {
                if (t.Fold.StartsWith("alli", StringComparison.Ordinal) || t.Fold.StartsWith("affili", StringComparison.Ordinal)) c.Allied = true;
                k--;
                continue;
            }
            if (t.Elided.Length == 0 && lexicon.Modifier(t) is { } m) { AddModifier(c, m); k--; continue; }
            if (t.Elided.Length == 0 && lexicon.Head(t) is { Attributive: true } ah) { c.Heads.Insert(0, ah); c.Categories.UnionWith(ah.Categories); k--; continue; }
            if (lexicon.Affix(t) is { } a) { AddAffix(c, a.Affix, a.Other); k--; continue; }
            if (CountryEndingAt(toks, k, s) is { } country)
            {
                c.Nationalities.Add(country.Country);
                k = country.Start - 1;
                continue;
            }
            if (WordForm.Possessor(t.Text) is { } owner)
            {
                int from = k;
                while (from - 1 >= s && NameTokens.IsName(toks[from - 1], lexicon) && WordForm.Possessor(toks[from - 1].Text) is null) from--;
                var ownerText = string.Join(" ", Enumerable.Range(from, k - from).Select(x => toks[x].Text).Append(owner));
                var target = WordToken.Read(ownerText, 0, ownerText.Length);
                bool opposing = c.Heads.Any(h => h.Side == Sides.Opposition && h.Categories.Contains("political-opposition"));
                c.Relations.Add((opposing ? ActorRelation.Opposing : ActorRelation.Supporting, target));
                if (lexicon.Named(target, 0) is { } pn) c.Categories.UnionWith(pn.Group.Categories);
                k = from - 1;
                break;
            }
            if (NameTokens.IsName(t, lexicon) && !t.IsNumber)
            {
                int from = k;
                while (from - 1 >= s && NameTokens.IsName(toks[from - 1], lexicon) && WordForm.Possessor(toks[from - 1].Text) is null
                       && CountryEndingAt(toks, from - 1, s) is null) from--;
                c.Relations.Add((ActorRelation.Supporting, toks.Skip(from).Take(k - from + 1).ToList()));
                k = from - 1;
                continue;
            }
            break;
        }
        c.First = k + 1;
        c.Definite = toks[c.First].Fold is "the" or "le" or "la" or "les" || toks[c.First].Elided == "l'";
    }

    // A noun (head or tail) at or left of k, past up to two fillers: "bastion majeur de", "groupes d'".
    private int HopNoun(IReadOnlyList<WordToken> toks, int k, int s)
    {
        for (int skipped = 0; k >= s && skipped <= 2; k--, skipped++)
        {
            var t = toks[k];
            if (lexicon.Tails.Contains(t.Bare) || lexicon.Head(t) is not null) return k;
            if (!lexicon.Fillers.Contains(t.Fold) && lexicon.Modifier(t) is null && countries.At(toks, k) is not { Kind: CountryWord.Adjective }) return -1;
        }
        return -1;
    }

    private (int Start, Country Country)? CountryEndingAt(IReadOnlyList<WordToken> toks, int k, int s)
    {
        for (int start = k; start >= Math.Max(s, k - 2); start--)
            if (countries.At(toks, start) is { } c && start + c.Length - 1 == k && c.Kind != CountryWord.Capital) return (start, c.Country);
        return null;
    }

    // Relation complements: "opposed to X", "loyal to X", "of X", "from X", "de X", "d'X".
    private void Complement(IReadOnlyList<WordToken> toks, LabelCandidate c, int e)
    {
        int r = c.Last + 1;
        if (r >= e) return;
        ActorRelation? relation = null;
        int npStart;
        if (lexicon.Relation(toks, r) is { } rel)
        {
            relation = rel.Kind == "opposing" ? ActorRelation.Opposing : ActorRelation.Supporting;
            npStart = r + rel.Length;
        }
        else if (lexicon.OfWords.Contains(toks[r].Fold)) npStart = r + 1;
        else if (toks[r].Elided == "d'") npStart = r;
        else return;
        int npEnd = NounPhraseEnd(toks, npStart, e);
        if (npEnd < npStart) return;
        var np = toks.Skip(npStart).Take(npEnd - npStart + 1).ToList();
        c.Relations.Add((relation ?? ActorRelation.Supporting, np));
        c.Last = npEnd;
    }

    // The end of an actor noun phrase starting at i, or i - 1 when there is none.
    private int NounPhraseEnd(IReadOnlyList<WordToken> toks, int i, int e)
    {
        int j = i;
        bool substance = false;
        if (j < e && lexicon.Determiners.Contains(toks[j].Fold)) j++;
        while (j < e)
        {
            var t = toks[j];
            if (lexicon.Named(toks, j) is { } n && j + n.Length <= e) { j += n.Length; substance = true; continue; }
            int title = lexicon.RulerTitle(toks, j);
            if (title > 0) { j += title; substance = true; continue; }
            if (countries.At(toks, j) is { } c && !(c.Kind == CountryWord.Capital && substance)) { j += c.Length; substance = true; continue; }
            if (lexicon.Head(t) is not null) { j++; substance = true; continue; }
            if (lexicon.Fillers.Contains(t.Bare) || lexicon.Modifier(t) is not null || lexicon.Affix(t) is not null) { j++; continue; }
            if (NameTokens.IsName(t, lexicon) && !t.IsNumber) { j++; substance = true; continue; }
            if (AcronymAt(toks, j, e) is { } len && substance) { j += len; continue; }
            break;
        }
        while (j - 1 >= i && !substance) j--;
        return substance ? j - 1 : i - 1;
    }

    // "(TIP)": an acronym in parentheses.
    private static int? AcronymAt(IReadOnlyList<WordToken> toks, int j, int e) =>
        j + 2 < e && toks[j].Text == "(" && toks[j + 1].IsAcronym && toks[j + 2].Text == ")" ? 3 : null;

    private static void AddModifier(LabelCandidate c, ModifierEntry m)
    {
        c.Categories.UnionWith(m.Categories);
        if (m.Side is { } side) c.ModifierSides.Add(side);
    }

    private static void AddAffix(LabelCandidate c, AffixEntry a, string other)
    {
        c.Categories.UnionWith(a.Categories);
        if (a.Relation is null) return;
        var target = WordToken.Read(other, 0, other.Length);
        c.Relations.Add((a.Relation == "opposing" ? ActorRelation.Opposing : ActorRelation.Supporting, target));
    }
}
