namespace Parallax.Framing;

/// <summary>Reads an <see cref="ArticleContext"/> from the sentences of an article.</summary>
public sealed class ArticleContextReader(ActorLexicon lexicon, Countries countries)
{
    private static readonly HashSet<string> LocationWords = new(StringComparer.Ordinal)
        { "in", "inside", "into", "across", "throughout", "en", "dans", "au", "within" };

    // tokens where a ruler can be read: a ruler title's first word or a head
    private readonly StartWords _rulerCues = new(lexicon.RulerTitleFirstWords.Concat(lexicon.HeadForms));

    /// <summary>Reads the home country and rulers from tokenised sentences.</summary>
    public ArticleContext Read(IEnumerable<IReadOnlyList<WordToken>> sentences)
    {
        var score = new Dictionary<Country, double>();
        var rulers = new Dictionary<string, Country?>(StringComparer.Ordinal);
        foreach (var r in lexicon.Rulers) rulers[r] = null;
        foreach (var toks in sentences)
        {
            for (int i = 0; i < toks.Count; i++)
            {
                if (countries.At(toks, i) is { } c)
                {
                    double w = 1;
                    if (i > 0 && LocationWords.Contains(toks[i - 1].Fold) && c.Kind == CountryWord.Name) w += 2;
                    if (c.Kind == CountryWord.Adjective && IsGovernmentHead(toks, i + c.Length)) w += 3;
                    if (c.Kind == CountryWord.Adjective && i > 0 && IsGovernmentHead(toks, i - 1)) w += 3;
                    score[c.Country] = score.GetValueOrDefault(c.Country) + w;
                    i += c.Length - 1;
                }
            }
            FindRulers(toks, rulers);
        }
        Country? home = null;
        if (score.Count > 0)
        {
            var ranked = score.OrderByDescending(kv => kv.Value).ToList();
            if (ranked.Count == 1 || ranked[0].Value > ranked[1].Value) home = ranked[0].Key;
        }
        return new ArticleContext(home, rulers);
    }

    private bool IsGovernmentHead(IReadOnlyList<WordToken> toks, int i) =>
        i >= 0 && i < toks.Count && lexicon.Head(toks[i]) is { Side: Sides.Government, Standalone: true };

    private void FindRulers(IReadOnlyList<WordToken> toks, Dictionary<string, Country?> rulers)
    {
        for (int i = 0; i < toks.Count; i++)
        {
            if (!_rulerCues.MayStart(toks[i])) continue;
            // "President X", "embattled leader X", "Syrian President X"
            int title = lexicon.RulerTitle(toks, i);
            if (title > 0)
            {
                int j = i + title, last = -1;
                while (j < toks.Count && NameTokens.IsName(toks[j], lexicon) && countries.At(toks, j) is null) last = j++;
                if (last >= 0) Add(rulers, toks[last].Text, CountryBefore(toks, i));
                continue;
            }
            // "the X regime", "X's government", "the X government"
            if (lexicon.Head(toks[i]) is { Side: Sides.Government } && i > 0)
            {
                var prev = toks[i - 1];
                if (WordForm.Possessor(prev.Text) is { } owner) { if (NameTokens.IsNameText(owner) && !IsCountry(owner)) Add(rulers, owner, null); }
                else if (NameTokens.IsName(prev, lexicon) && countries.At(toks, i - 1) is null && !prev.IsAcronym) Add(rulers, prev.Text, null);
            }
            // "le régime de X", "the government of X"
            if (lexicon.Head(toks[i]) is { Side: Sides.Government } && i + 2 < toks.Count && toks[i + 1].Fold is "de" or "of" or "d'")
            {
                int j = i + 2, last = -1;
                while (j < toks.Count && NameTokens.IsName(toks[j], lexicon) && countries.At(toks, j) is null) last = j++;
                if (last >= 0 && !toks[last].IsAcronym) Add(rulers, toks[last].Text, null);
            }
        }
    }

    private bool IsCountry(string text) => countries.At(WordToken.Read(text, 0, text.Length), 0) is not null;

    private Country? CountryBefore(IReadOnlyList<WordToken> toks, int i)
    {
        for (int k = i - 1; k >= Math.Max(0, i - 2); k--)
        {
            if (countries.At(toks, k) is { } c) return c.Country;
            if (WordForm.Possessor(toks[k].Text) is { } p && countries.At(WordToken.Read(p, 0, p.Length), 0) is { } pc) return pc.Country;
        }
        return null;
    }

    private static void Add(Dictionary<string, Country?> rulers, string name, Country? country)
    {
        var key = ActorLexicon.NameKey(name);
        if (key.Length < 2) return;
        if (!rulers.TryGetValue(key, out var old) || old is null) rulers[key] = country;
    }
}
