namespace Parallax.Attribution;

/// <summary>
/// Finds the noun phrase naming a source, to the left of a cue ("the state-run agency's correspondent in Kabul
/// reported") or to its right ("according to the report by X", "selon les autorités locales"), without a
/// parser: phrases are runs of non-function words, with "of"/"de" and "and" inside, opened by a determiner, a clause
/// boundary or punctuation.
/// </summary>
public static class SourcePhraseFinder
{
    private const int MaxTokens = 14;

    /// <summary>The phrase ending just before token <paramref name="end"/>, or null.</summary>
    public static SourcePhrase? Left(SentenceView s, int end)
    {
        var lex = s.Lexicon;
        int k = end - 1;
        if (k < 0 || !s.IsWord(k)) return LeftParenthetical(s, end);
        if (s.IsPronounAt(k, self: true))
            return SourcePhrase.Of(s, k, end);
        int start = end;
        while (k >= 0 && end - k <= MaxTokens)
        {
            var w = s.Folded[k];
            if (s.Is(k, ")") && Parenthesis(s, k) is int open && start < end) { start = open; k = open - 1; continue; }
            if (!s.IsWord(k) || lex.Complementizers.Contains(w)) break;
            // "a diplomat familiar with the talks", "des sources proches de l'enquête"
            if (start < end && PostModifierStart(s, k + 1) is int pm and > 0 && s.IsWord(pm - 1) && !IsStop(s, pm - 1)) { start = pm; k = pm - 1; continue; }
            // French "du"/"des" after a noun is "de" + article: "le ministère des Affaires étrangères"
            if (lex.Determiners.Contains(w) && lex.Inner.Contains(w) && start < end && k > 0 && s.IsWord(k - 1) && !IsStop(s, k - 1)
                && !lex.Determiners.Contains(s.Folded[k - 1]) && !lex.Verbs.Contains(s.Folded[k - 1])) { start = k; k--; continue; }
            bool continued = k > 0 && start < end && (lex.Inner.Contains(s.Folded[k - 1]) || PostModifierStart(s, k) >= 0);
            if (lex.Determiners.Contains(w) && !continued) { start = k; break; }
            if (lex.Determiners.Contains(w)) { start = k; k--; continue; }
            if (lex.Quantifiers.Contains(w) || s.IsDigit(k) && start < end && !s.IsDigit(start)) { start = k; k--; continue; }
            if (lex.Inner.Contains(w) && start < end && k > 0 && s.IsWord(k - 1) && !IsStop(s, k - 1)) { start = k; k--; continue; }
            if (lex.And.Contains(w) && start < end && s.IsCap(start) && s.IsCap(k - 1)) { start = k; k--; continue; }
            if (IsStop(s, k)) break;
            start = k;
            k--;
        }
        if (start >= end) return null;
        while (start < end && !lex.Determiners.Contains(s.Folded[start]) && (lex.Inner.Contains(s.Folded[start]) || lex.And.Contains(s.Folded[start]))) start++;
        if (start >= end || start > 0 && lex.RelativeHeads.Contains(s.Folded[start - 1])) return null;
        bool opened = lex.Determiners.Contains(s.Folded[start]) || lex.Quantifiers.Contains(s.Folded[start]) || IsBoundaryBefore(s, start);
        return opened ? SourcePhrase.Of(s, start, end) : null;
    }

    /// <summary>The phrase starting at token <paramref name="start"/>, or null.</summary>
    public static SourcePhrase? Right(SentenceView s, int start, bool stopAtDigits = true)
    {
        var lex = s.Lexicon;
        if (start >= s.Count || !s.IsWord(start)) return null;
        if (s.IsPronounAt(start) || !s.IsAcronym(start) && lex.ObjectPronouns.Contains(s.Folded[start]) && !s.IsWord(start + 1))
            return SourcePhrase.Of(s, start, start + 1);
        int k = start, end = start;
        while (k < s.Count && k - start < MaxTokens)
        {
            var w = s.Folded[k];
            if (s.Is(k, "(") && Parenthesis(s, k, forward: true) is int close && end > start) { end = close + 1; k = close + 1; continue; }
            if (s.Is(k, "/") && s.IsCap(k + 1) && end > start) break;
            if (!s.IsWord(k)) break;
            if ((lex.Determiners.Contains(w) || lex.Quantifiers.Contains(w)) && k == start) { k++; continue; }
            if (k == start + 1 && lex.Quantifiers.Contains(w) && end == start) { k++; continue; }
            // "des sources sécuritaires citées par l'AFP", "un officier joint par téléphone": the phrase ends at a participle and its agent
            if (end > start && lex.Citing.MatchAt(s.FoldedList, k) > 0) break;
            if (end > start && k + 1 < s.Count && lex.By.Contains(s.Folded[k + 1]) && lex.ParticipleEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal) && w.Length > e.Length + 2)) break;
            // "a source close to the talks", "des sources proches du dossier"
            if (end > start && lex.PostModifiers.MatchAt(s.FoldedList, k) is > 0 and var pm && s.IsWord(k + pm)) { k += pm; continue; }
            if (lex.Inner.Contains(w) && end > start && s.IsWord(k + 1) && !IsStop(s, k + 1) && !lex.TimeWords.Contains(s.Folded[k + 1])
                && (w is not ("in" or "at" or "en" or "à") || s.IsCap(k + 1))) { k++; continue; }
            if (lex.And.Contains(w) && end > start && s.IsCap(end - 1) && s.IsCap(k + 1)) { k++; continue; }
            if (lex.Determiners.Contains(w) && end > start && !lex.Inner.Contains(s.Folded[k - 1])) break;
            if (IsStop(s, k) || stopAtDigits && s.IsDigit(k) && end > start) break;
            if (lex.Verbs.Contains(w) && end > start && !s.IsCap(k)) break;
            end = ++k;
        }
        return end > start ? SourcePhrase.Of(s, start, end) : null;
    }

    /// <summary>Start of a post-modifier phrase ("familiar with", "close to") ending just before token <paramref name="end"/>, or -1.</summary>
    public static int PostModifierStart(SentenceView s, int end)
    {
        for (int j = Math.Max(0, end - 5); j < end; j++)
            if (s.Lexicon.PostModifiers.MatchAt(s.FoldedList, j, end) == end - j) return j;
        return -1;
    }

    /// <summary>True when the word cannot be inside a source phrase.</summary>
    public static bool IsStop(SentenceView s, int k)
    {
        var lex = s.Lexicon;
        var w = s.Folded[k];
        if (s.IsAcronym(k)) return false;
        if (lex.Stops.Contains(w) || lex.Complementizers.Contains(w) || lex.By.Contains(w)) return true;
        if (lex.TimeWords.Contains(w) || lex.Boundaries.Contains(w)) return true;
        if (lex.IsPronoun(w) || lex.SelfPronouns.Contains(w)) return true;
        return false;
    }

    /// <summary>True when the phrase starting at <paramref name="start"/> may open there: sentence start, punctuation,
    /// a clause boundary word, a time expression or an adverb.</summary>
    public static bool IsBoundaryBefore(SentenceView s, int start)
    {
        int p = start - 1;
        if (p < 0 || !s.IsWord(p)) return true;
        var lex = s.Lexicon;
        var w = s.Folded[p];
        return lex.Boundaries.Contains(w) || lex.TimeWords.Contains(w) || s.IsDigit(p) || lex.Auxiliaries.Contains(w)
            || lex.Complementizers.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && !s.IsCap(p)
            || lex.Language == "fr" && (w.StartsWith("qu'", StringComparison.Ordinal) || w is "que" or "selon");
    }

    private static SourcePhrase? LeftParenthetical(SentenceView s, int end) =>
        s.Is(end - 1, ")") && Parenthesis(s, end - 1) is int open ? Left(s, open) is { } np ? SourcePhrase.Of(s, np.TokenStart, end) : null : null;

    /// <summary>The index of the matching parenthesis for a short parenthetical (at most 5 tokens), or null.</summary>
    private static int? Parenthesis(SentenceView s, int at, bool forward = false)
    {
        for (int d = 1; d <= 6; d++)
        {
            int j = forward ? at + d : at - d;
            if (j < 0 || j >= s.Count) return null;
            if (s.Is(j, forward ? ")" : "(")) return j;
            if (!s.IsWord(j) && !s.Is(j, "-")) return null;
        }
        return null;
    }
}
