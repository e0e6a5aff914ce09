using Parallax.Names.Keys;

namespace Parallax.Names.Clustering;

/// <summary>
/// Adds the lone surnames an article uses without the full name ("Qaddafi" in a headline, "نتنياهو" glued to a
/// preposition in Arabic) when the corpus has a person with that surname. Arabic-script words are tried with and
/// without a one-letter proclitic (و، ب، ل، ف، ك) and the article.
/// </summary>
public sealed class CorpusSurnameFinder(NameLexicon lexicon, NameMatcher matcher, ArabicSkeleton arabic)
{
    public IReadOnlyList<Document> AddSurnames(IReadOnlyList<Document> docs)
    {
        var surnames = docs.SelectMany(d => d.Mentions).Where(m => m.Kind == MentionKind.Person)
            .Select(m => matcher.Parse(m.Text)).Where(n => n.IsFull).Select(n => n.Tokens[^1])
            .Where(t => t.Key.Key.Length >= 4 && !lexicon.FirstNames.Contains(TextFold.Fold(t.Text)))
            .GroupBy(t => t.Text).Select(g => g.First()).ToList();
        if (surnames.Count == 0) return docs;
        var bySkeleton = surnames.GroupBy(t => t.Key.Skeleton).ToDictionary(g => g.Key, g => g.ToList());
        return docs.Select(d => Add(d, bySkeleton)).ToList();
    }

    private Document Add(Document d, Dictionary<string, List<NameToken>> bySkeleton)
    {
        var text = d.Text;
        var covered = new CoveredSpans(d.Mentions.Select(m => (m.Start, m.End)));
        var added = new List<Mention>();
        foreach (var p in d.Article.Paragraphs)
        {
            if (p.Role == ParagraphRole.Boilerplate) continue;
            foreach (var w in WordSplitter.Split(text, p.Start, p.End, lexicon.Articles))
            {
                if (covered.Overlaps(w.Start, w.End)) continue;
                if (w.IsCaseless) { if (Caseless(w, bySkeleton) is { } m) added.Add(m); continue; }
                if (!char.IsUpper(w.Text[0]) || w.HasDigit || lexicon.NotNames.Contains(w.Folded) || lexicon.Places.Contains(w.Text)) continue;
                var key = matcher.Keys.Of(StripArticle(w.Text));
                if (!bySkeleton.TryGetValue(key.Skeleton, out var list)) continue;
                if (list.Any(t => matcher.TokensMatch(t.Key, key) is not null)) added.Add(new Mention(w.Start, w.End, w.Text, MentionKind.Person));
            }
        }
        return added.Count == 0 ? d : d with { Mentions = [.. d.Mentions.Concat(added).OrderBy(m => m.Start).ThenBy(m => m.End)] };
    }

    private Mention? Caseless(NameWord w, Dictionary<string, List<NameToken>> bySkeleton)
    {
        if (lexicon.NotNames.Contains(w.Folded)) return null;
        foreach (var skip in Prefixes(w.Text))
        {
            var rest = w.Text[skip..];
            var sk = arabic.Of(rest);
            if (sk.Length < arabic.Table.MinConsonants || !bySkeleton.TryGetValue(sk, out var list)) continue;
            if (sk.Length == arabic.Table.MinConsonants && !list.Any(t => t.Key.Key.Length >= 6)) continue;
            return new Mention(w.Start + skip, w.End, rest, MentionKind.Person);
        }
        return null;
    }

    // offsets at which the name may start: the word itself, after a proclitic, after the article, after both
    private IEnumerable<int> Prefixes(string word)
    {
        yield return 0;
        var art = arabic.Table.Article;
        bool proclitic = word.Length > 3 && arabic.Table.Proclitics.Contains(word[0].ToString());
        if (proclitic) yield return 1;
        if (word.StartsWith(art, StringComparison.Ordinal) && word.Length > art.Length + 2) yield return art.Length;
        if (proclitic && word[1..].StartsWith(art, StringComparison.Ordinal) && word.Length > art.Length + 3) yield return 1 + art.Length;
        if (proclitic && word[1..].StartsWith("ل", StringComparison.Ordinal) && word.Length > 4) yield return 2; // "لل" = li + al
    }

    private string StripArticle(string word)
    {
        int h = word.IndexOfAny(['-', '‐']);
        return h > 0 && lexicon.IsArticle(word[..h]) ? word[(h + 1)..] : word;
    }
}
