namespace Parallax.Reuse;

/// <summary>Options for translation detection.</summary>
public sealed record TranslationOptions
{
    /// <summary>Score (2·LCS / total anchors) from which a pair is a translation.</summary>
    public double MinScore { get; init; } = 0.5;
    /// <summary>Distinct anchors two articles must share to be compared.</summary>
    public int MinSharedAnchors { get; init; } = 5;
    /// <summary>Anchors held by more documents than this are too common to find candidates with.</summary>
    public int MaxDocumentsPerAnchor { get; init; } = 200;
    /// <summary>Candidates compared per article (those sharing the most anchors).</summary>
    public int CandidatesPerArticle { get; init; } = 20;
    public static TranslationOptions Default { get; } = new();
}

/// <summary>
/// Cross-language translation: two articles in different languages whose anchors (numbers, names, exonyms) appear in
/// the same order. Candidates come from an inverted index of anchors; the score is the longest common subsequence of
/// the two anchor sequences over their mean length. Aligned passages pair the paragraphs that hold matched anchors.
/// The translation (<c>from</c>) is the one declared by <c>translation_of</c>, else the later one, else the one with
/// fewer anchors (a translation rarely adds material).
/// </summary>
public sealed class TranslationDetector(IAnchorReader reader, TranslationOptions? options = null)
{
    private readonly TranslationOptions _o = options ?? TranslationOptions.Default;

    /// <summary>Every compared pair with its score, best first (relations are the ones above <see cref="TranslationOptions.MinScore"/>).</summary>
    public List<ArticleRelation> Score(IReadOnlyList<Document> docs, IReadOnlyList<string?> languages)
    {
        var anchors = docs.Select(reader.Read).ToList();
        var keys = anchors.Select(a => a.Select(x => x.Key).ToArray()).ToList();
        var results = new List<ArticleRelation>();
        foreach (var (i, j) in Candidates(keys, languages))
        {
            var (score, pairs) = Align(keys[i], keys[j]);
            var (from, to) = Direction(docs, keys, i, j);
            var passages = Passages(docs[i], docs[j], anchors[i], anchors[j], pairs);
            if (from != i) passages = passages.Select(p => new AlignedPassage(p.ToStart, p.ToEnd, p.FromStart, p.FromEnd)).ToList();
            results.Add(new ArticleRelation(docs[from].Id, docs[to].Id, "translation", Math.Round(score, 4), passages));
        }
        return results.OrderByDescending(r => r.Score).ToList();
    }

    /// <summary>Translation relations: the scored pairs above the threshold.</summary>
    public List<ArticleRelation> Detect(IReadOnlyList<Document> docs, IReadOnlyList<string?> languages) =>
        Score(docs, languages).Where(r => r.Score >= _o.MinScore).ToList();

    private IEnumerable<(int, int)> Candidates(List<string[]> keys, IReadOnlyList<string?> languages)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int d = 0; d < keys.Count; d++)
            foreach (var k in keys[d].Distinct())
            {
                if (!postings.TryGetValue(k, out var l)) postings[k] = l = [];
                l.Add(d);
            }
        var shared = new Dictionary<(int, int), int>();
        foreach (var docs in postings.Values)
        {
            if (docs.Count < 2 || docs.Count > _o.MaxDocumentsPerAnchor) continue;
            for (int a = 0; a < docs.Count; a++)
                for (int b = a + 1; b < docs.Count; b++)
                {
                    if (languages[docs[a]] is null || languages[docs[b]] is null || languages[docs[a]] == languages[docs[b]]) continue;
                    shared[(docs[a], docs[b])] = shared.GetValueOrDefault((docs[a], docs[b])) + 1;
                }
        }
        var kept = new HashSet<(int, int)>();
        foreach (var byDoc in shared.Where(kv => kv.Value >= _o.MinSharedAnchors)
                     .SelectMany(kv => new[] { (Doc: kv.Key.Item1, kv.Key, kv.Value), (Doc: kv.Key.Item2, kv.Key, kv.Value) }).GroupBy(x => x.Doc))
            foreach (var x in byDoc.OrderByDescending(x => x.Value).Take(_o.CandidatesPerArticle)) kept.Add(x.Key);
        return kept.Order();
    }

    // Longest common subsequence of anchor keys, as 2·LCS/(|a|+|b|), with the matched index pairs.
    internal static (double Score, List<(int, int)> Pairs) Align(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return (0, []);
        var table = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j]) { pairs.Add((i, j)); i++; j++; }
            else if (table[i + 1, j] >= table[i, j + 1]) i++;
            else j++;
        }
        return (2.0 * pairs.Count / (a.Length + b.Length), pairs);
    }

    private static (int From, int To) Direction(IReadOnlyList<Document> docs, List<string[]> keys, int i, int j)
    {
        if (docs[i].Article.Metadata.TranslationOf == docs[j].Id) return (i, j);
        if (docs[j].Article.Metadata.TranslationOf == docs[i].Id) return (j, i);
        var di = docs[i].Article.Metadata.PublishedDate;
        var dj = docs[j].Article.Metadata.PublishedDate;
        if (di is { } a && dj is { } b && a != b) return a > b ? (i, j) : (j, i);
        return keys[i].Length <= keys[j].Length ? (i, j) : (j, i);
    }

    // Paragraph pairs holding at least two matched anchors.
    private static List<AlignedPassage> Passages(Document a, Document b, IReadOnlyList<Anchor> aa, IReadOnlyList<Anchor> ba, List<(int, int)> pairs)
    {
        Paragraph? Of(Document d, int offset) => d.Article.Paragraphs.FirstOrDefault(p => p.Start <= offset && offset < p.End);
        return pairs.Select(p => (A: Of(a, aa[p.Item1].Start), B: Of(b, ba[p.Item2].Start)))
            .Where(x => x.A is not null && x.B is not null)
            .GroupBy(x => (x.A!.Start, x.A.End, x.B!.Start, x.B.End))
            .Where(g => g.Count() >= 2)
            .Select(g => new AlignedPassage(g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4))
            .ToList();
    }
}
