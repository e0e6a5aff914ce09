namespace Parallax.Attribution;

/// <summary>
/// Finds reporting cues in a sentence from the cue lexicon, and tells a cue from the same word used otherwise:
/// "the reported death toll" (after a determiner), "refused to say" (infinitive), "was not reported" (passive with
/// no agent), "whose reports are frequently cited by" (habitual).
/// </summary>
public static class CueFinder
{
    public static List<CueMatch> Find(SentenceView s)
    {
        var lex = s.Lexicon;
        var f = s.FoldedList;
        var found = new List<CueMatch>();
        for (int i = 0; i < s.Count; i++)
        {
            if (!s.IsWord(i)) continue;
            if (lex.NotCues.MatchAt(f, i) is > 0 and var skip) { i += skip - 1; continue; }
            if (!lex.MayStartCue(f[i])) continue;
            var m = Match(s, i);
            if (m is null) continue;
            found.Add(m);
            i = m.TokenEnd - 1;
        }
        return found;

        CueMatch? Match(SentenceView s, int i)
        {
            int n;
            if ((n = lex.Unsourced.MatchAt(f, i)) > 0) return new(CueKind.Unsourced, i, i + n);
            if ((n = lex.Hearsay.MatchAt(f, i)) > 0) return new(CueKind.Hearsay, i, i + n);
            if ((n = lex.Prepositions.MatchAt(f, i)) > 0 && IsPreposition(s, i, n)) return new(CueKind.Preposition, i, i + n);
            if ((n = lex.Citing.MatchAt(f, i)) > 0)
                return new(lex.By.Contains(f[i + n - 1]) ? CueKind.ReverseCiting : CueKind.Citing, i, i + n);
            if ((n = lex.Continuations.MatchAt(f, i)) > 0 && (s.IsComma(i - 1) || lex.And.Contains(f[Math.Max(0, i - 1)])))
                return new(CueKind.Continuation, i, i + n);
            if ((n = lex.Quoting.MatchAt(f, i)) > 0 && SayingAt(s, i + n, out int sayAt) is > 0 and var sayN && !IsNounUse(s, i))
                return new(CueKind.Quoting, i, sayAt + sayN);
            bool passiveContext = PassiveContext(s, i, out bool habitual);
            if ((n = lex.Passives.MatchAt(f, i)) > 0 && lex.By.Contains(At(i + n)) && !habitual && (passiveContext || !IsNounUse(s, i)))
                return new(CueKind.Passive, i, i + n + 1);
            if ((n = lex.Spread.MatchAt(f, i)) > 0 && SpreadTarget(s, i + n) > 0) return new(CueKind.Spread, i, i + n);
            if ((n = lex.Credits.MatchAt(f, i)) > 0 && IsCredit(s, i, n)) return new(CueKind.Credit, i, i + n);
            if (passiveContext || IsNounUse(s, i)) return null;
            if ((n = lex.AsVerbs.MatchAt(f, i)) > 0 && AsAfter(s, i + n) >= 0 && !IsBareParticiple(s, i, n)) return new(CueKind.AsVerb, i, i + n);
            if ((n = lex.Verbs.MatchAt(f, i)) > 0 && !IsBareParticiple(s, i, n)) return new(CueKind.Verb, i, i + n);
            return null;
        }

        string At(int k) => k < f.Count ? f[k] : "";
    }

    /// <summary>True when a cue word at <paramref name="i"/> is a noun or adjective: after a determiner or "to".</summary>
    public static bool IsNounUse(SentenceView s, int i)
    {
        var lex = s.Lexicon;
        if (i == 0 && s.Clitic[i] is null) return !s.IsComma(1);
        var prev = s.Folded[i - 1];
        if (lex.Determiners.Contains(prev)) return true;
        if (prev is "to" or "so-called" or "of" || lex.Language == "fr" && prev is "le" or "la" or "les" or "un" or "une" or "de") return true;
        return false;
    }

    /// <summary>
    /// True for a past participle used as an adjective, not a reporting verb: with no auxiliary before it ("un message
    /// publié lundi", "un groupe soutenu par l'Iran"), in languages whose participles the cue file lists by ending.
    /// </summary>
    public static bool IsBareParticiple(SentenceView s, int i, int n)
    {
        var lex = s.Lexicon;
        if (s.Clitic[i + n - 1] is not null || AttributionExtractor.AuxStart(s, i) < i) return false;
        return lex.ParticipleEndings.Any(e => s.Folded[i].EndsWith(e, StringComparison.Ordinal) && s.Folded[i].Length > e.Length + 2);
    }

    /// <summary>True after a form of "be" ("was announced", "a été annoncé"); <paramref name="habitual"/> when a habitual adverb intervenes.</summary>
    public static bool PassiveContext(SentenceView s, int i, out bool habitual)
    {
        var lex = s.Lexicon;
        habitual = false;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            var w = s.Folded[k];
            if (lex.Habitual.Contains(w)) { habitual = true; continue; }
            if (lex.Be.Contains(w)) return true;
            if (lex.Auxiliaries.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && s.IsWord(k)) continue;
            break;
        }
        return false;
    }

    private static bool IsPreposition(SentenceView s, int i, int n)
    {
        var w = s.Folded[i];
        if (w != "per") return true;
        return s.IsCap(i + n) && !s.IsDigit(i + n) && (i == 0 || s.IsComma(i - 1));
    }

    /// <summary>Token count of the "as saying" phrase after the quoted person at <paramref name="from"/>, or 0.</summary>
    public static int SayingAfter(SentenceView s, int from) => SayingAt(s, from, out _);

    /// <summary>Token count of the saying phrase following a phrase starting at <paramref name="from"/>; <paramref name="at"/> its index.</summary>
    public static int SayingAt(SentenceView s, int from, out int at)
    {
        for (at = from; at < s.Count && at < from + 12; at++)
        {
            int n = s.Lexicon.Saying.MatchAt(s.FoldedList, at);
            if (n > 0 && at > from) return n;
            if (s.IsPunct(at) && !s.Is(at, "'s") && !s.Is(at, "(") && !s.Is(at, ")")) return 0;
        }
        return 0;
    }

    /// <summary>Index of the "as" of an as-verb within its clause ("described the move as", "describes as"), or -1.</summary>
    public static int AsAfter(SentenceView s, int from)
    {
        for (int k = from; k < s.Count && k < from + 16; k++)
        {
            if (s.Lexicon.As.Contains(s.Folded[k]) && s.Lexicon.Language == "en") return k;
            if (s.IsPunct(k) && !s.IsQuoteMark(k) && !s.Is(k, "'s")) break;
            if (s.Lexicon.Complementizers.Contains(s.Folded[k])) break;
        }
        return s.Lexicon.Language == "en" ? -1 : from;
    }

    /// <summary>Index of the source after a spread participle ("among ..., including X", "by X"), or -1.</summary>
    public static int SpreadTarget(SentenceView s, int from)
    {
        var lex = s.Lexicon;
        for (int k = from; k < s.Count && k < from + 12; k++)
            if (s.Folded[k] is "including" or "notamment" or "dont" && s.IsWord(k + 1)) return k + 1;
            else if (s.Is(k, ".") || s.Is(k, ";") || s.Is(k, ":")) break;
        if (from < s.Count && lex.By.Contains(s.Folded[from])) return from + 1;
        return -1;
    }

    private static bool IsCredit(SentenceView s, int i, int n)
    {
        int k = i + n;
        if (k < s.Count && s.Is(k, ":")) k++;
        if (k >= s.Count || !s.IsWord(k)) return false;
        if (s.Folded[i] is not "via" && s.Role != ParagraphRole.Caption && !s.Is(i + n, ":")) return false;
        if (s.Folded[i] is not "via" && !s.Is(i + n, ":")) return false;
        // the credit ends its sentence: "via IRIB/Al Arabiya."
        int j = k;
        while (j < s.Count && (s.IsWord(j) || s.Is(j, "/") || s.Is(j, "-") || s.Is(j, "&"))) j++;
        return j >= s.Count || s.Is(j, ".") || s.Is(j, ")") || s.Is(j, "]");
    }
}
