using Parallax.Text;

namespace Parallax.Framing;

/// <summary>
/// Finds the sentences of one article that state a cause or agent of the central death: a death term followed by a
/// cause phrase from <c>event-terms.yaml</c> ("killed by X", "died fighting X", "attributed his death to X"), chained
/// alternatives ("killed while fighting X, or possibly by Y") and active clauses ("the shooter who killed [victim]",
/// "a general ... opened fire"). Deaths of other people ("X, who was assassinated by ...") are left out when the main
/// person is known. The agent must name an actor, a weapon or a person.
/// </summary>
public sealed class AccountFinder
{
    private static readonly HashSet<string> Relatives = ["who", "whom", "which", "qui", "lequel", "laquelle"];
    private static readonly HashSet<string> Chains = ["or", "and", "ou", "et"];
    private static readonly HashSet<string> ChainAdverbs = ["possibly", "perhaps", "likely", "probably", "maybe", "peut-être", "probablement", "either", "soit"];
    private static readonly HashSet<string> ReportingVerbs = ["reported", "announced", "said", "claimed", "confirmed", "cited", "quoted", "described",
        "circulated", "published", "noted", "rapporté", "annoncé", "affirmé", "confirmé", "cité", "publié", "relayé"];
    private static readonly HashSet<string> ClauseBreaks = [",", ";", ":", "“", "\"", "«", "(", "that", "que", "qu'"];
    private static readonly HashSet<string> ActiveLemmas = ["kill", "shoot", "assassinate", "tuer", "abattre", "assassiner", "murder", "execute"];

    private readonly ActorLexicon _lexicon;
    private readonly Countries _countries;
    private readonly SentenceSplitter _splitter;
    private readonly LabelFinder _labels;
    private readonly SideResolver _sides;
    private readonly ArticleContextReader _context;
    private readonly PhraseMatcher<CauseEntry> _causes;
    private readonly HashSet<string> _instruments;
    private readonly HashSet<string> _people;

    public AccountFinder(ActorLexicon lexicon, Countries countries, EventTermList terms, SentenceSplitter splitter)
    {
        _lexicon = lexicon;
        _countries = countries;
        _splitter = splitter;
        _labels = new LabelFinder(lexicon, countries);
        _sides = new SideResolver(lexicon, countries);
        _context = new ArticleContextReader(lexicon, countries);
        _causes = new PhraseMatcher<CauseEntry>(terms.Causes.SelectMany(c => c.Patterns.Select(p => (p, c))));
        _instruments = terms.AgentInstruments.Select(WordForm.Fold).ToHashSet();
        _people = terms.AgentPeople.Select(WordForm.Fold).ToHashSet();
    }

    public static AccountFinder For(KitData data) =>
        new(ActorLexicon.For(data), Countries.For(data), EventTermList.For(data), SentenceSplitter.For(data));

    /// <summary>The accounts in one tagged document (event terms filled), with an empty group.</summary>
    public List<Account> Find(Document doc, string eventKey, IReadOnlySet<string> mainPerson)
    {
        var text = doc.Text;
        var sentences = TaggedParagraphs.Of(doc.Article).SelectMany(p => _splitter.Split(text, p.Start, p.End)).ToList();
        var tokenised = sentences.Select(s => WordToken.Read(text, s.Start, s.End)).ToList();
        var ctx = _context.Read(tokenised);
        var found = new List<Account>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var (ss, se) = sentences[si];
            var terms = doc.EventTerms.Where(t => t.Start >= ss && t.End <= se).ToList();
            if (terms.Count == 0) continue;
            var toks = tokenised[si];
            var labels = _labels.Find(toks, 0, toks.Count);
            foreach (var term in terms)
            {
                int first = 0, last = toks.Count - 1;
                while (first < toks.Count && toks[first].Start < term.Start) first++;
                if (first == toks.Count) first = -1;
                while (last >= 0 && toks[last].End > term.End) last--;
                if (first < 0 || last < first || IsOtherVictim(toks, first, mainPerson)) continue;
                var agents = CausedBy(toks, first, last, doc.Article.Language).ToList();
                if (agents.Count == 0 && Active(toks, first, last, term, mainPerson) is { } subject) agents.Add((subject, "agent"));
                foreach (var ((a0, a1), manner) in agents)
                {
                    var (agentFirst, agentLast) = Widen(labels, a0, a1);
                    int aStart = toks[agentFirst].Start, aEnd = toks[agentLast].End;
                    if (found.Any(f => f.AgentStart == aStart && f.AgentEnd == aEnd)) continue;
                    var side = AgentSide(toks, labels, agentFirst, agentLast, ctx);
                    var attribution = Carrier(doc, term.Start, aStart);
                    found.Add(new Account(eventKey, doc.Id, doc.Article.Metadata.Outlet, doc.Article.Metadata.Published, ss, se, text[ss..se],
                        term.Text, manner, text[aStart..aEnd], aStart, aEnd, side, "", attribution, SourceText(doc, attribution)));
                }
            }
        }
        return found;
    }

    // "X, who was assassinated by ...": the death of someone other than the main person.
    private bool IsOtherVictim(IReadOnlyList<WordToken> toks, int first, IReadOnlySet<string> main)
    {
        if (main.Count == 0) return false;
        for (int k = first - 1; k >= Math.Max(0, first - 6); k--)
        {
            if (!Relatives.Contains(toks[k].Fold)) continue;
            int n = k - 1;
            if (n >= 0 && toks[n].Text == ",") n--;
            return n >= 0 && NameTokens.IsName(toks[n], _lexicon) && !toks[n].IsAcronym && !main.Contains(ActorLexicon.NameKey(toks[n].Text));
        }
        if (first > 0 && WordForm.Possessor(toks[first - 1].Text) is { } owner && NameTokens.IsNameText(owner))
            return !main.Contains(ActorLexicon.NameKey(owner));
        return false;
    }

    // Cause phrases after the death term, and their chained alternatives.
    private IEnumerable<((int, int) Agent, string Manner)> CausedBy(IReadOnlyList<WordToken> toks, int first, int last, string? language)
    {
        int from = last + 1;
        int maxReach = int.MaxValue;
        while (from < toks.Count)
        {
            bool matched = false;
            for (int k = from; k < toks.Count; k++)
            {
                if (_causes.MatchAt(toks, k) is not { } m) continue;
                var cause = m.Value;
                if (k - from > Math.Min(cause.Reach, maxReach) || !TaggedParagraphs.Applies(cause.Lang, language)) continue;
                if (cause.After.Count > 0 && !Enumerable.Range(Math.Max(0, first - 6), first - Math.Max(0, first - 6)).Any(i => cause.After.Contains(toks[i].Fold))) continue;
                if (cause.Manner == "agent" && k > 0 && ReportingVerbs.Contains(toks[k - 1].Fold)) continue;
                if (AgentAt(toks, k + m.Length) is not { } agent) continue;
                yield return (agent, cause.Manner);
                from = ChainAfter(toks, agent.Last + 1);
                maxReach = 0;
                matched = true;
                break;
            }
            if (!matched) yield break;
        }
    }

    // ", or possibly" after an agent: the next cause phrase must follow at once.
    private static int ChainAfter(IReadOnlyList<WordToken> toks, int j)
    {
        if (j < toks.Count && toks[j].Text == ",") j++;
        if (j < toks.Count && Chains.Contains(toks[j].Fold)) j++; else return int.MaxValue;
        while (j < toks.Count && ChainAdverbs.Contains(toks[j].Fold)) j++;
        return j;
    }

    // "the shooter who killed [victim]", "a Syrian general entered the room and opened fire".
    private (int, int)? Active(IReadOnlyList<WordToken> toks, int first, int last, EventTerm term, IReadOnlySet<string> main)
    {
        if (!ActiveLemmas.Contains(term.Lemma)) return null;
        bool intransitive = WordForm.Fold(term.Text).EndsWith(" fire", StringComparison.Ordinal) || WordForm.Fold(term.Text).EndsWith(" feu", StringComparison.Ordinal);
        bool objectIsVictim = last + 1 < toks.Count && (toks[last + 1].Fold is "him" or "her" or "l'" || main.Contains(ActorLexicon.NameKey(toks[last + 1].Text)));
        if (!intransitive && !objectIsVictim) return null;
        int k = first - 1;
        while (k >= 0 && !ClauseBreaks.Contains(toks[k].Fold)) k--;
        return AgentAt(toks, k + 1);
    }

    // An agent noun phrase at j: determiner, modifiers, names, heads, weapons or people, with "of"/"de" complements.
    private (int First, int Last)? AgentAt(IReadOnlyList<WordToken> toks, int j)
    {
        while (j < toks.Count && toks[j].Text is "“" or "\"" or "«" or "‘") j++;
        int start = j;
        if (j < toks.Count && _lexicon.Determiners.Contains(toks[j].Fold)) j++;
        int lastSubstance = -1;
        bool actor = false;
        while (j < toks.Count)
        {
            var t = toks[j];
            if (_lexicon.Named(toks, j) is { } n) { j += n.Length; lastSubstance = j - 1; actor = true; continue; }
            if (_countries.At(toks, j) is { } c) { j += c.Length; lastSubstance = j - 1; actor = true; continue; }
            if (_lexicon.Head(t) is not null || _instruments.Contains(t.Bare) || _people.Contains(t.Bare)) { lastSubstance = j++; actor = true; continue; }
            if (_lexicon.Tails.Contains(t.Bare)) { lastSubstance = j++; continue; }
            if (_lexicon.Fillers.Contains(t.Fold) || _lexicon.Modifier(t) is not null || _lexicon.Affix(t) is not null) { j++; continue; }
            if (WordForm.Possessor(t.Text) is not null && NameTokens.IsName(t, _lexicon)) { j++; continue; }
            if (NameTokens.IsName(t, _lexicon) && !t.IsNumber) { lastSubstance = j++; continue; }
            if (j + 2 < toks.Count && t.Text == "(" && toks[j + 1].IsAcronym && toks[j + 2].Text == ")" && lastSubstance >= 0) { j += 3; lastSubstance = j - 1; continue; }
            if (lastSubstance >= 0 && (_lexicon.OfWords.Contains(t.Fold) || t.Elided == "d'") && j + 1 < toks.Count)
            {
                int next = t.Elided == "d'" ? j : j + 1;
                if (next < toks.Count && _lexicon.Determiners.Contains(toks[next].Fold)) next++;
                if (next < toks.Count && (_lexicon.Head(toks[next]) is not null || _instruments.Contains(toks[next].Bare) || _lexicon.Named(toks, next) is not null))
                { j = next; continue; }
            }
            break;
        }
        return actor && lastSubstance >= start ? (start, lastSubstance) : null;
    }

    // An agent that starts a label takes the label's whole span ("Islamist forces opposed to the Syrian government").
    private static (int, int) Widen(List<LabelCandidate> labels, int first, int last)
    {
        foreach (var l in labels)
            if (l.First >= first && l.First <= last && l.Last > last) last = l.Last;
        return (first, last);
    }

    private string? AgentSide(IReadOnlyList<WordToken> toks, List<LabelCandidate> labels, int first, int last, ArticleContext ctx)
    {
        var inside = labels.Where(l => l.First >= first && l.Last <= last).OrderBy(l => l.First).ToList();
        foreach (var l in inside)
        {
            var side = _sides.Resolve(l, ctx);
            if (side is not (Sides.Context or Sides.Other)) return side;
        }
        return _sides.TargetSide(toks.Skip(first).Take(last - first + 1).ToList(), ctx);
    }

    // The attribution whose content holds the death term or the agent: the source that carries the claim.
    private static int? Carrier(Document doc, int termStart, int agentStart)
    {
        int? best = null;
        int bestLength = int.MaxValue;
        for (int i = 0; i < doc.Attributions.Count; i++)
        {
            var a = doc.Attributions[i];
            bool holds = a.ContentStart <= termStart && termStart < a.ContentEnd || a.ContentStart <= agentStart && agentStart < a.ContentEnd;
            if (holds && a.ContentEnd - a.ContentStart < bestLength) { best = i; bestLength = a.ContentEnd - a.ContentStart; }
        }
        return best;
    }

    /// <summary>The source of an attribution with the chain it is reached through: "an Iranian security official via CGTN's correspondent".</summary>
    public static string? SourceText(Document doc, int? index)
    {
        if (index is not { } i) return null;
        var parts = new List<string>();
        var seen = new HashSet<int>();
        for (int? k = i; k is { } x && x >= 0 && x < doc.Attributions.Count && seen.Add(x); k = doc.Attributions[x].Via)
            parts.Add(doc.Attributions[x].Source);
        return string.Join(" via ", parts);
    }
}
