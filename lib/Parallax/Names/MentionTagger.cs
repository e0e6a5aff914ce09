using Parallax.Names.Extraction;
using Parallax.Names.Keys;
using Parallax.Pipeline;
using Parallax.Text;

namespace Parallax.Names;

/// <summary>
/// Pipeline component that fills <see cref="Document.Mentions"/>: outlets (registry), known organisations and places
/// (organisations.yaml, gazetteer.yaml), acronyms, then runs of capitalised words classified by
/// <see cref="RunClassifier"/>, names in caseless scripts (<see cref="CaselessNameFinder"/>), and finally lone surnames
/// of the article's full names (<see cref="LoneNameResolver"/>). Boilerplate paragraphs carry no mentions.
/// </summary>
public sealed class MentionTagger : IArticleTagger
{
    private readonly NameLexicon _lexicon;
    private readonly SentenceSplitter _sentences;
    private readonly CandidateFinder _candidates;
    private readonly RunClassifier _classifier;
    private readonly CaselessNameFinder _caseless;
    private readonly LoneNameResolver _lone;
    private readonly AcronymSpanMerger _acronyms;
    private readonly PhraseMatcher<string> _outlets = new();
    // first words of every outlet, organisation and place phrase: other words need no phrase lookup
    private readonly HashSet<string> _phraseStarts = new(StringComparer.Ordinal);

    public string Name => "names";

    public MentionTagger(KitData data)
    {
        _lexicon = NameLexicon.For(data);
        _sentences = SentenceSplitter.For(data);
        _candidates = new CandidateFinder(_lexicon);
        _classifier = new RunClassifier(_lexicon);
        _caseless = new CaselessNameFinder(_lexicon);
        _lone = new LoneNameResolver(_lexicon, NameMatcher.For(data));
        _acronyms = new AcronymSpanMerger(_lexicon);
        foreach (var o in _lexicon.Outlets.All)
            foreach (var n in o.Names) _outlets.Add(n, o.Name);
        _phraseStarts.UnionWith(_outlets.FirstWords);
        _phraseStarts.UnionWith(_lexicon.KnownOrganisations.FirstWords);
        _phraseStarts.UnionWith(_lexicon.Places.FirstWords);
    }

    public Document Tag(Document document)
    {
        var text = document.Text;
        var lower = LowerVocabulary(text);
        var mentions = new List<Mention>();
        var pending = new List<(int, int)>();
        foreach (var p in document.Article.Paragraphs)
        {
            if (p.Role == ParagraphRole.Boilerplate) continue;
            TagParagraph(text, p, lower, mentions, pending);
        }
        if (pending.Count > 0)
        {
            var taken = mentions.Select(m => (m.Start, m.End)).ToHashSet();
            pending.RemoveAll(x => taken.Contains(x));
            if (pending.Count > 0) mentions.AddRange(_lone.Resolve(text, mentions.Where(m => m.Kind == MentionKind.Person), pending));
        }
        return document with { Mentions = [.. mentions.OrderBy(m => m.Start).ThenBy(m => m.End)] };
    }

    private void TagParagraph(string text, Paragraph p, ISet<string> lower, List<Mention> mentions, List<(int, int)> pending)
    {
        var words = WordSplitter.Split(text, p.Start, p.End, _lexicon.Articles);
        if (words.Count == 0) return;
        var style = ParagraphStyleDetector.Detect(words, _lexicon);
        var taken = new bool[words.Count];
        void Add(int first, int last, MentionKind kind, string? title = null)
        {
            for (int k = first; k <= last; k++) taken[k] = true;
            int s = words[first].Start, e = words[last].End;
            mentions.Add(new Mention(s, e, text[s..e], kind, title));
        }

        // 1. outlets, known organisations and places: longest match, capitals required for phrases written with one
        for (int i = 0; i < words.Count; i++)
        {
            if (taken[i]) continue;
            bool phrase = _phraseStarts.Contains(words[i].Key);
            var outlet = phrase ? _outlets.Match(words, i) : null;
            var org = (phrase ? _lexicon.KnownOrganisations.Match(words, i) : null) ?? InflectedOrganisation(words, i);
            var place = (phrase ? _lexicon.Places.Match(words, i) : null) ?? InflectedPlace(words, i);
            if (outlet is null && org is null && place is null) continue;
            if (org is { } known && ContinuesAsLongerOrganisation(words, i + known.Length)) org = null;
            if (org is { } o && o.Length == 1 && IsAcronymEntry(o.Value, words[i].Text) && (!words[i].IsAllCaps || style == ParagraphStyle.AllCaps && words[i].Text.Length <= 3)) org = null;
            if (place is { Length: 1 } && GluedToPerson(words, i)) place = null;
            if (style == ParagraphStyle.AllCaps && words[i].Text.Length <= 3 && place is { Length: 1 }) place = null;
            int lo = outlet?.Length ?? 0, lg = org?.Length ?? 0, lp = place?.Length ?? 0;
            int best = Math.Max(lo, Math.Max(lg, lp));
            if (best == 0) continue;
            var kind = lo == best ? MentionKind.Outlet : lg == best ? MentionKind.Organisation : MentionKind.Place;
            Add(i, i + best - 1, kind);
            i += best - 1;
        }

        // 2. acronyms not known to the data: organisations ("LDF"), unless a kicker ("READ:") or a title ("PM")
        if (style != ParagraphStyle.AllCaps)
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (taken[i] || !w.IsAllCaps || w.IsCaseless || w.Text.Length > 8 || IsRoman(w.Text)) continue;
                if (_lexicon.NotNames.Contains(w.Folded) || _lexicon.Titles.Contains(w.Text)) continue;
                if (i + 1 < words.Count && words[i + 1].GapBefore.TrimStart().StartsWith(':')) continue;
                Add(i, i, MentionKind.Organisation);
            }

        // 3. runs of capitalised words
        var starts = SentenceStarts(text, p, words);
        var ctx = new RunContext(text, words, style, starts, lower);
        foreach (var run in _candidates.Find(words, taken, style).ToList())
            foreach (var n in _classifier.Classify(run, ctx))
            {
                if (n.Pending) { pending.Add((words[n.First].Start, words[n.Last].End)); continue; }
                Add(n.First, n.Last, n.Kind, n.Title);
            }

        // 4. names in scripts without capitals
        foreach (var n in _caseless.Find(words, taken).ToList()) Add(n.First, n.Last, n.Kind, n.Title);

        // 5. a name spelled by the acronym after it is one organisation
        _acronyms.Merge(text, words, mentions);
    }

    // "United Nations Interim Force": a known name that is only the start of a longer organisation name
    private bool ContinuesAsLongerOrganisation(IReadOnlyList<NameWord> words, int next)
    {
        if (next <= 0 || next >= words.Count || words[next - 1].Possessive) return false;
        for (int k = next; k < words.Count && k < next + 5 && words[k].Adjacent; k++)
        {
            if (!words[k].IsCapitalised || words[k].IsAllCaps) return false;
            if (_lexicon.OrganisationCues.Contains(words[k].Folded)) return true;
            if (words[k].Possessive) return false;
        }
        return false;
    }

    // a Russian organisation name in another case: "«Хезболлы»"
    private (int Length, Data.KnownOrganisation Value)? InflectedOrganisation(IReadOnlyList<NameWord> words, int i)
    {
        if (!words[i].IsCapitalised || words[i].IsAllCaps || !RussianCases.HasCyrillic(words[i].Text)) return null;
        foreach (var n in RussianCases.Nominatives(words[i].Text))
            if (_lexicon.KnownOrganisations.Find(n) is { } o) return (1, o);
        return null;
    }

    // a Russian place in another case: "в Киеве"
    private (int Length, Data.Place Value)? InflectedPlace(IReadOnlyList<NameWord> words, int i)
    {
        if (!words[i].IsCapitalised || !RussianCases.HasCyrillic(words[i].Text)) return null;
        foreach (var n in RussianCases.Nominatives(words[i].Text))
            if (_lexicon.Places.Find(n) is { } p) return (1, p);
        return null;
    }

    // "Michael Jordan", "Jordan Peterson": a place name that is also a first name, inside a person's name
    private bool GluedToPerson(IReadOnlyList<NameWord> words, int i) =>
        i > 0 && words[i].Adjacent && words[i - 1].IsCapitalised && _lexicon.FirstNames.Contains(words[i - 1].Folded)
        || _lexicon.FirstNames.Contains(words[i].Folded) && !words[i].Possessive && i + 1 < words.Count && words[i + 1].Adjacent
           && words[i + 1].IsCapitalised && !words[i + 1].IsAllCaps && !_lexicon.NotNames.Contains(words[i + 1].Folded);

    private static bool IsAcronymEntry(Data.KnownOrganisation o, string word) => o.Acronyms.Any(a => TextFold.Fold(a) == TextFold.Fold(word) && TextFold.IsAllCaps(a));

    private static bool IsRoman(string w) => w.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'M') && w.Length <= 4;

    private ISet<int> SentenceStarts(string text, Paragraph p, IReadOnlyList<NameWord> words)
    {
        var set = new HashSet<int>();
        int i = 0, last = int.MinValue;
        foreach (var (s, _) in _sentences.Split(text, p.Start, p.End))
        {
            // sentences come in order: the first word of each is found by walking on from the previous one's
            if (s < last) i = 0;
            last = s;
            while (i < words.Count && words[i].Start < s) i++;
            if (i < words.Count) set.Add(i);
        }
        // a hard line start inside a paragraph is a sentence start too when the previous line ends a sentence
        for (int k = 1; k < words.Count; k++)
            if (words[k].GapBefore.Contains('\n') && words[k].GapBefore.TrimEnd().EndsWith('.')) set.Add(k);
        return set;
    }

    private static readonly System.Buffers.SearchValues<char> LowerSkip = System.Buffers.SearchValues.Create("-'’");

    /// <summary>Folded words the article writes at least once starting in lower case, outside the first position of a sentence.</summary>
    private static HashSet<string> LowerVocabulary(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Tokenizer.Read(text))
            if (t.IsWord && char.IsLower(t.Text[0]) && t.Text.AsSpan().IndexOfAny(LowerSkip) < 0)
                set.Add(TextFold.Fold(t.Text));
        return set;
    }
}
