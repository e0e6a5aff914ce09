using Parallax.Text;
using Parallax.Sources;

namespace Parallax.Attribution;

/// <summary>
/// Types a source phrase: journalist by title ("the BBC's correspondent"), state media by phrase ("Russia's state media",
/// "state-run X", "Iranian media"), a registry outlet's own type, anonymous by head ("an Iranian security official",
/// "regional sources"), official by title, military or government body by institution ("the army", "the ministry",
/// "Israel"), and named persons by what the article says of them.
/// </summary>
public sealed class SourceTyper(OutletRegistry outlets, SourceLexicon lex)
{
    private static readonly HashSet<string> MediaTypes = ["state-media", "wire", "broadcaster", "newspaper", "monitor", "aggregator"];

    /// <summary>Types that name news organisations.</summary>
    public static bool IsMediaType(string type) => MediaTypes.Contains(type);

    public SourceInfo Type(SentenceView s, SourcePhrase p, PersonRoles roles)
    {
        var cues = s.Lexicon;
        if (p.IsClitic || p.TokenEnd - p.TokenStart == 1 && s.IsPronounAt(p.TokenStart))
        {
            var w = p.IsClitic ? PhraseSet.Fold(p.Text) : s.Folded[p.TokenStart];
            var cls = cues.PersonPronouns.Contains(w) ? PronounClass.Person : cues.PluralPronouns.Contains(w) ? PronounClass.Plural : PronounClass.Thing;
            return new SourceInfo("other", w, SourceForm.Pronoun, cls, cls == PronounClass.Person, cls == PronounClass.Plural) { Gender = GenderOf(cues, w) };
        }
        var f = s.FoldedList;
        int from = p.TokenStart, to = p.TokenEnd;
        while (to > from && s.IsPunct(to - 1)) to--;
        if (s.Is(to - 1, ")"))
        {
            int o = to - 1;
            while (o > from && !s.Is(o, "(")) o--;
            if (o > from) to = o;
        }
        int core = from;
        while (core < to && (cues.Determiners.Contains(f[core]) || cues.Quantifiers.Contains(f[core]) || s.IsDigit(core))) core++;
        bool definite = from < core && f[from] is "the" or "le" or "la" or "les" or "l'" or "this" or "ce" or "cette";
        int h = HeadIndex(s, core, to);
        if (h < 0) return new SourceInfo("other", "", SourceForm.Other, PronounClass.None, false, false);
        var head = Unelide(f[h]);
        bool plural = IsPlural(head) || from < core && cues.Quantifiers.Contains(f[from]);
        bool headIsName = s.IsCap(h) && !(h == 0 && IsLexiconWord(head)) && !IsLexiconWord(head);
        var outlet = FindOutlet(s, from, to);

        string? type = null;
        if (lex.JournalistTitles.Contains(head) || headIsName && lex.JournalistTitles.OccursIn(f, core, h)) type = "journalist";
        else if (headIsName && outlet is not null && lex.OfficialTitles.OccursIn(f, core, h)) type = "official";
        else if (lex.MemberTitles.Contains(head) && lex.Legislatures.OccursIn(f, h, to)) type = "official";
        else if ((lex.StateMedia.OccursIn(f, from, to) || lex.StateMedia.OccursIn(s.Bare, from, to)) && !lex.OfficialTitles.Contains(head)) type = "state-media";
        else if (outlet is not null) type = lex.OfficialTitles.Contains(head) ? "official" : outlet.Type;
        else if (NewsAgencyType(s, from, to) is { } agency) type = agency;
        else if (lex.UnattributedHeads.Contains(head)) type = "unattributed";
        else if (lex.AnonymousHeads.Contains(head))
            type = definite && !plural && lex.OfficialTitles.Contains(head) ? "official" : "anonymous";
        else if (lex.OfficialTitles.Contains(head)) type = "official";
        else if (headIsName && lex.OfficialTitles.OccursIn(f, core, h)) type = "official";
        else if (lex.MonitorNouns.Contains(head) || MultiWord(lex.MonitorNouns, s, core, to)) type = "monitor";
        else if (lex.MilitaryBodies.Contains(head) || MultiWord(lex.MilitaryBodies, s, core, to)) type = "military";
        else if (lex.GovernmentBodies.Contains(head) || MultiWord(lex.GovernmentBodies, s, core, to)) type = "government-body";
        else if (lex.MediaNouns.Contains(head))
            type = lex.StateControlledDemonyms.OccursIn(f, from, to) ? "state-media" : NamedMediaType(s, head, core, to) ?? "other";
        else if (lex.ReportNouns.Contains(head)) type = "other";
        else if (lex.Governments.Contains(s.Span(core, to).Replace('’', '\''))) type = "government-body";
        else if (headIsName && Enumerable.Range(core, h - core).FirstOrDefault(k => lex.MediaNouns.Contains(f[k]), -1) is >= 0 and var noun)
            type = NamedMediaType(s, f[noun], core, to) ?? NamedPersonType(s, p, core, to, roles);
        else if (headIsName) type = NamedPersonType(s, p, core, to, roles);

        bool isPerson = type is "journalist" or "official" && !plural && outlet is null && !lex.GovernmentBodies.Contains(head) && !lex.MilitaryBodies.Contains(head)
            || type == "anonymous" && !plural
            || headIsName && type is null or "other" or "journalist" or "official";
        var form = outlet is not null || headIsName ? SourceForm.Name : definite ? SourceForm.Description : SourceForm.Other;
        return new SourceInfo(type ?? "other", head, form, PronounClass.None, isPerson, plural, outlet?.Name) { Gender = GenderOf(cues, f[from]) };
    }

    /// <summary>Grammatical gender marked by a determiner or pronoun ('m', 'f'), or null.</summary>
    private static char? GenderOf(CueLexicon cues, string word) =>
        cues.MasculineWords.Contains(word) ? 'm' : cues.FeminineWords.Contains(word) ? 'f' : null;

    /// <summary>"wire" (or "state-media" when qualified) for an unknown name of a news agency: a capitalised agency noun
    /// with a news word ("l'Agence nationale d'information", "the Somali National News Agency", "Maghreb Arabe Presse").</summary>
    private string? NewsAgencyType(SentenceView s, int from, int to)
    {
        bool agency = false, news = false, state = false;
        for (int k = from; k < to; k++)
        {
            if (!s.IsWord(k)) continue;
            var w = Unelide(s.Folded[k]);
            var text = Unelide(s.Tokens[k].Text.Replace('’', '\''));
            if (text.Length > 0 && char.IsUpper(text[0]) && lex.NewsAgencyNouns.Contains(w)) agency = true;
            if (lex.NewsWords.Contains(w)) news = true;
            if (lex.StateQualifiers.Contains(w) || lex.StateQualifiers.Contains(s.Folded[k])) state = true;
        }
        return agency && news ? state ? "state-media" : "wire" : null;
    }

    /// <summary>"newspaper" or "broadcaster" for a media noun naming its outlet ("le quotidien soudanais Al-Tayar", "the channel X").</summary>
    private string? NamedMediaType(SentenceView s, string head, int core, int to)
    {
        bool named = Enumerable.Range(core, to - core).Any(k => s.IsCap(k) && !IsLexiconWord(Unelide(s.Folded[k])) && !lex.StateControlledDemonyms.Contains(s.Folded[k]));
        if (!named) return null;
        if (lex.NewspaperNouns.Contains(head)) return "newspaper";
        if (lex.BroadcasterNouns.Contains(head)) return "broadcaster";
        if (lex.NewsAgencyNouns.Contains(head)) return "wire";
        return null;
    }

    private string? NamedPersonType(SentenceView s, SourcePhrase p, int core, int to, PersonRoles roles)
    {
        var f = s.FoldedList;
        if (p.Appositive.Start >= 0)
        {
            var app = Parallax.Text.Tokenizer.Tokenize(s.Text, p.Appositive.Start, p.Appositive.End).Select(t => PhraseSet.Fold(t.Text)).ToList();
            if (lex.JournalistTitles.OccursIn(app, 0, app.Count)) return "journalist";
            if (lex.OfficialTitles.OccursIn(app, 0, app.Count) || lex.MemberTitles.OccursIn(app, 0, app.Count) && lex.Legislatures.OccursIn(app, 0, app.Count)) return "official";
        }
        if (lex.JournalistTitles.OccursIn(f, core, to)) return "journalist";
        if (lex.OfficialTitles.OccursIn(f, core, to)) return "official";
        return roles.TypeOf(s.Span(core, to)) ?? (lex.Governments.Contains(s.Tokens[to - 1].Text) ? "government-body" : null);
    }

    /// <summary>The head word: English heads come last ("the army", "members of parliament" → members), French first.</summary>
    private int HeadIndex(SentenceView s, int core, int to)
    {
        if (core >= to) return -1;
        var cues = s.Lexicon;
        if (cues.Language == "fr" && (!char.IsUpper(Unelide(s.Tokens[core].Text.Replace('’', '\'')).FirstOrDefault()) || IsLexiconWord(Unelide(s.Folded[core]))))
        {
            int k = core;
            while (k + 1 < to && s.Folded[k] is "ancien" or "ancienne" or "haut" or "haute" or "nouveau" or "nouvelle" or "grand" or "grande" or "seul" or "principal") k++;
            return k;
        }
        for (int k = core + 1; k < to; k++)
            if (cues.Inner.Contains(s.Folded[k]) && s.IsWord(k - 1) && !s.IsCap(k - 1)
                || cues.PostModifiers.MatchAt(s.FoldedList, k, to) > 0 && s.IsWord(k - 1)) return k - 1;
        int last = to - 1;
        while (last > core && !s.IsWord(last)) last--;
        return last;
    }

    private static string Unelide(string w)
    {
        foreach (var p in new[] { "l'", "d'", "qu'" })
            if (w.StartsWith(p, StringComparison.Ordinal) && w.Length > p.Length) return w[p.Length..];
        if (w.EndsWith("'s", StringComparison.Ordinal)) return w[..^2];
        return w;
    }

    private static bool IsPlural(string head) =>
        head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal)
        || head is "media" or "people" or "police" or "médias" or "press" or "presse" or "authorities" or "militaries";

    private bool IsLexiconWord(string w) =>
        lex.AnonymousHeads.Contains(w) || lex.JournalistTitles.Contains(w) || lex.OfficialTitles.Contains(w) || lex.MilitaryBodies.Contains(w)
        || lex.GovernmentBodies.Contains(w) || lex.MediaNouns.Contains(w) || lex.ReportNouns.Contains(w) || lex.UnattributedHeads.Contains(w)
        || lex.NonAgentHeads.Contains(w) || lex.MonitorNouns.Contains(w);

    private static bool MultiWord(PhraseSet set, SentenceView s, int from, int to)
    {
        for (int k = from; k < to; k++) if (set.MatchAt(s.FoldedList, k, to) >= 2) return true;
        return false;
    }

    /// <summary>The registry outlet named inside tokens [from, to), longest first; ambiguous names only when alone.</summary>
    public Outlet? FindOutlet(SentenceView s, int from, int to)
    {
        for (int len = to - from; len >= 1; len--)
            for (int i = from; i + len <= to; i++)
            {
                int j = i + len;
                if (!HasUpperOrDigit(s.Tokens[i].Text)) continue;
                if (j < to && s.IsCap(j) && !s.Tokens[j - 1].Text.EndsWith("'s", StringComparison.Ordinal) && !s.Tokens[j - 1].Text.EndsWith("’s", StringComparison.Ordinal)) continue;
                var text = s.Text[s.Tokens[i].Start..s.Tokens[j - 1].End];
                if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)) text = text[..^2];
                var o = Outlet(text);
                if (o is null) continue;
                if (len == 1 && lex.AmbiguousOutletNames.Contains(text))
                {
                    bool alone = Enumerable.Range(from, to - from).All(k => k == i || s.Lexicon.Determiners.Contains(s.Folded[k])
                        || lex.MediaNouns.Contains(Unelide(s.Folded[k])) || lex.StateQualifiers.Contains(s.Folded[k]));
                    if (!alone) continue;
                }
                return o;
            }
        return null;
    }

    // registry look-ups by text, remembered (the same source phrases come back sentence after sentence)
    private LookupMemo<string, Outlet?>? _outletOf;

    private Outlet? Outlet(string text) => (_outletOf ??= new(outlets.Find, comparer: StringComparer.Ordinal))[text];

    private static bool HasUpperOrDigit(string word)
    {
        foreach (var c in word)
            if (char.IsUpper(c) || char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>True when the phrase's head cannot report anything ("New evidence shows").</summary>
    public bool IsNonAgent(SentenceView s, SourcePhrase p)
    {
        if (p.IsClitic) return false;
        int last = p.TokenEnd - 1;
        while (last > p.TokenStart && !s.IsWord(last)) last--;
        if (s.IsCap(last) && last > p.TokenStart) return false;
        return lex.NonAgentHeads.Contains(Unelide(s.Folded[last])) || s.Lexicon.TimeWords.Contains(s.Folded[last]);
    }
}
