using Parallax.Names;
using Parallax.Reuse;

namespace Parallax.Framing;

/// <summary>
/// The person a group of articles is about: the most mentioned person in <see cref="Document.Mentions"/> when the names
/// layer is present; otherwise a light guess from capitalised words that are not places, countries, groups, rulers or
/// lexicon words, counted twice in sentences that describe a death. Returned as name keys (surnames).
/// </summary>
public sealed class MainPerson(ActorLexicon lexicon, Countries countries, Exonyms exonyms, Parallax.Text.SentenceSplitter splitter)
{
    private readonly ArticleContextReader _context = new(lexicon, countries);

    /// <summary>Name keys of the main person of these documents (empty when none stands out).</summary>
    public IReadOnlySet<string> Of(IReadOnlyList<Document> documents)
    {
        var persons = documents.SelectMany(d => d.Mentions).Where(m => m.Kind == MentionKind.Person).ToList();
        if (persons.Count > 0)
        {
            var top = persons.GroupBy(m => m.Entity ?? ActorLexicon.NameKey(LastWord(m.Text))).OrderByDescending(g => g.Count()).First();
            return top.Select(m => ActorLexicon.NameKey(LastWord(m.Text))).ToHashSet(StringComparer.Ordinal);
        }
        return Guess(documents);
    }

    private HashSet<string> Guess(IReadOnlyList<Document> documents)
    {
        // (key, sentence-initial, in a death sentence) for every name-like word; a sentence-initial word counts only
        // when the same name also stands inside a sentence somewhere (so "Crucially" does not, "Dessel" does).
        var seen = new List<(string Key, bool Initial, bool Death)>();
        foreach (var d in documents)
        {
            var sentences = TaggedParagraphs.Of(d.Article).SelectMany(p => splitter.Split(d.Text, p.Start, p.End)).ToList();
            var tokenised = sentences.Select(s => WordToken.Read(d.Text, s.Start, s.End)).ToList();
            var rulers = _context.Read(tokenised).Rulers;
            for (int si = 0; si < sentences.Count; si++)
            {
                var toks = tokenised[si];
                bool death = d.EventTerms.Any(t => t.Start >= sentences[si].Start && t.End <= sentences[si].End);
                for (int i = 0; i < toks.Count; i++)
                {
                    var t = toks[i];
                    if (!NameTokens.IsName(t, lexicon) || t.IsAcronym || t.IsNumber) continue;
                    if (countries.At(toks, i) is { } c) { i += c.Length - 1; continue; }
                    if (exonyms.At(toks, i) is { } x) { i += x.Length - 1; continue; }
                    if (lexicon.Named(toks, i) is { } n) { i += n.Length - 1; continue; }
                    if (lexicon.Head(t) is not null || lexicon.Modifier(t) is not null || lexicon.RulerTitle(toks, i) > 0) continue;
                    // the last word of a run of names: "Maria Lopez" counts for "lopez"
                    if (i + 1 < toks.Count && NameTokens.IsName(toks[i + 1], lexicon) && !toks[i + 1].IsAcronym && WordForm.Possessor(t.Text) is null) continue;
                    var key = ActorLexicon.NameKey(t.Text);
                    if (rulers.ContainsKey(key) || key.Length < 3) continue;
                    seen.Add((key, i == 0, death));
                }
            }
        }
        var inner = seen.Where(s => !s.Initial).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var score = seen.Where(s => !s.Initial || inner.Contains(s.Key)).GroupBy(s => s.Key)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Death ? 2.0 : 1.0), StringComparer.Ordinal);
        if (score.Count == 0) return [];
        var ranked = score.OrderByDescending(kv => kv.Value).ToList();
        return ranked.Count > 1 && ranked[1].Value == ranked[0].Value ? [] : [ranked[0].Key];
    }

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;
}
