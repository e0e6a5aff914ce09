using Parallax.Reuse;

namespace Parallax.Pipeline.Summaries;

/// <summary>Options for relations found from summaries.</summary>
public sealed record SketchRelationOptions
{
    /// <summary>Estimated containment (share of the smaller text's shingles found in the other) from which a pair is reuse.</summary>
    /// <remarks>
    /// Higher than <see cref="ReuseOptions.MinContainment"/>: a 64-value sketch estimates small shares loosely, and
    /// articles on one event that share stock phrasing reach 0.3–0.45 while copies reach 0.85 and more. Partial reuse
    /// of a few paragraphs needs the texts (<see cref="ReuseDetector"/>).
    /// </remarks>
    public double MinContainment { get; init; } = 0.5;
    /// <summary>Sketch values two articles must share to be compared.</summary>
    public int MinSharedSketch { get; init; } = 2;
    /// <summary>Sketch values (or anchors) held by more articles than this are stock phrases and ignored.</summary>
    public int MaxDocumentsPerKey { get; init; } = 50;
    /// <summary>Partners compared per article for reuse.</summary>
    public int ReuseCandidates { get; init; } = 12;
    /// <summary>Translation score (2·LCS of anchors / total anchors) from which a pair is a translation.</summary>
    public double MinTranslationScore { get; init; } = 0.5;
    /// <summary>Distinct anchors two articles in different languages must share to be compared.</summary>
    public int MinSharedAnchors { get; init; } = 5;
    /// <summary>Anchors held by more articles than this are too common to find candidates with.</summary>
    public int MaxDocumentsPerAnchor { get; init; } = 200;
    /// <summary>Partners compared per article for translation.</summary>
    public int TranslationCandidates { get; init; } = 5;
    public static SketchRelationOptions Default { get; } = new();
}

/// <summary>
/// Reuse and translation between summarised articles, without their texts: reuse when the bottom-k shingle sketches
/// estimate that much of the smaller text is in the other (candidates from an index of sketch values, a few per
/// article); translation when two articles in different languages have their anchors in the same order (as
/// <see cref="TranslationDetector"/>). Relations carry scores but no aligned passages (those need the texts).
/// </summary>
public sealed class SketchRelations(int shingleSize, SketchRelationOptions? options = null)
{
    private readonly SketchRelationOptions _o = options ?? SketchRelationOptions.Default;

    public int ShingleSize => shingleSize;

    /// <summary>Translations and reuse; <paramref name="entityOf"/> (each article's spellings' entity ids) lets name anchors meet across spellings.</summary>
    public List<ArticleRelation> Find(IReadOnlyList<ArticleSummary> articles, IReadOnlyList<string[]>? entityOf = null) =>
        [.. Translations(articles, entityOf), .. Reuse(articles)];

    /// <summary>Same-language reuse estimated from sketches.</summary>
    public List<ArticleRelation> Reuse(IReadOnlyList<ArticleSummary> articles)
    {
        var index = new Postings(articles.Select(a => (IEnumerable<ulong>)a.Sketch).ToList(), minDocuments: 2);
        var pairs = Pairs(articles.Count, d => index.Partners(d, articles[d].Sketch, _o.MinSharedSketch, _o.MaxDocumentsPerKey, _o.ReuseCandidates,
            o => !(articles[d].Language is { } l && articles[o].Language is { } m && l != m)));
        var found = new ArticleRelation?[pairs.Count];
        Parallel.For(0, pairs.Count, k =>
        {
            var (i, j) = pairs[k];
            double c = Containment(articles[i], articles[j]);
            if (c < _o.MinContainment) return;
            var (from, to) = Direction(articles[i], articles[j], articles[i].Shingles <= articles[j].Shingles);
            found[k] = new ArticleRelation(from.Id, to.Id, "reuse", Math.Round(c, 4), []);
        });
        return found.OfType<ArticleRelation>().ToList();
    }

    /// <summary>Cross-language translations from anchor sequences.</summary>
    public List<ArticleRelation> Translations(IReadOnlyList<ArticleSummary> articles, IReadOnlyList<string[]>? entityOf = null)
    {
        var keys = new uint[articles.Count][];
        Parallel.For(0, articles.Count, d => keys[d] = Resolve(articles[d], entityOf is not null && d < entityOf.Count ? entityOf[d] : null));
        var index = new Postings(keys.Select(a => a.Select(x => (ulong)x)).ToList(), minDocuments: 2);
        var pairs = Pairs(articles.Count, d => articles[d].Language is not { } l ? []
            : index.Partners(d, keys[d].Select(x => (ulong)x), _o.MinSharedAnchors, _o.MaxDocumentsPerAnchor, _o.TranslationCandidates,
                o => articles[o].Language is { } m && m != l));
        var found = new ArticleRelation?[pairs.Count];
        Parallel.For(0, pairs.Count, k =>
        {
            var (i, j) = pairs[k];
            double score = Lcs(keys[i], keys[j]);
            if (score < _o.MinTranslationScore) return;
            var (a, b) = (articles[i], articles[j]);
            var (from, to) = a.Get("translation_of") == b.Id ? (a, b) : b.Get("translation_of") == a.Id ? (b, a)
                : Direction(a, b, a.Anchors.Length <= b.Anchors.Length);
            found[k] = new ArticleRelation(from.Id, to.Id, "translation", Math.Round(score, 4), []);
        });
        return found.OfType<ArticleRelation>().OrderByDescending(r => r.Score).ToList();
    }

    // Name anchors to their entity (or spelling, unclustered); other anchors as they are.
    private static uint[] Resolve(ArticleSummary a, string[]? entities)
    {
        var keys = new uint[a.Anchors.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            uint x = a.Anchors[i];
            if ((x & ArticleSummarizer.SpellingAnchor) == 0) { keys[i] = x; continue; }
            int k = (int)(x & ~ArticleSummarizer.SpellingAnchor);
            var name = k < a.Spellings.Count ? (entities is not null && k < entities.Length ? entities[k] : a.Spellings[k].Text) : "?";
            keys[i] = ArticleSummarizer.Hash32("m:", name) | ArticleSummarizer.SpellingAnchor;
        }
        return keys;
    }

    // Candidate pairs (i < j) from each article's best partners, in order.
    private static List<(int, int)> Pairs(int count, Func<int, List<(int Doc, int Shared)>> partners)
    {
        var each = new List<(int Doc, int Shared)>[count];
        Parallel.For(0, count, d => each[d] = partners(d));
        var set = new HashSet<(int, int)>();
        for (int d = 0; d < count; d++)
            foreach (var (o, _) in each[d]) set.Add((Math.Min(d, o), Math.Max(d, o)));
        return set.Order().ToList();
    }

    /// <summary>
    /// Share of the smaller text's shingles found in the other, estimated from the two bottom-k sketches: below the
    /// smaller of the sketches' last values both sketches hold every shingle of their text, so the union's values there
    /// sample the union; the share of them in both estimates the Jaccard index J, and |A∩B| = J·(|A|+|B|)/(1+J).
    /// </summary>
    public static double Containment(ArticleSummary a, ArticleSummary b)
    {
        ulong[] x = a.Sketch, y = b.Sketch;
        if (x.Length == 0 || y.Length == 0) return 0;
        ulong limit = ulong.MaxValue;
        if (x.Length < a.Shingles) limit = Math.Min(limit, x[^1]);
        if (y.Length < b.Shingles) limit = Math.Min(limit, y[^1]);
        int i = 0, j = 0, union = 0, both = 0;
        while (i < x.Length && x[i] <= limit || j < y.Length && y[j] <= limit)
        {
            bool xi = i < x.Length && x[i] <= limit, yj = j < y.Length && y[j] <= limit;
            if (xi && yj && x[i] == y[j]) { both++; i++; j++; }
            else if (xi && (!yj || x[i] < y[j])) i++;
            else j++;
            union++;
        }
        if (union == 0) return 0;
        double jaccard = (double)both / union;
        double inter = jaccard * (a.Shingles + b.Shingles) / (1 + jaccard);
        return Math.Min(1, inter / Math.Max(1, Math.Min(a.Shingles, b.Shingles)));
    }

    private static (ArticleSummary From, ArticleSummary To) Direction(ArticleSummary a, ArticleSummary b, bool aFirstOnTie)
    {
        var da = a.Get("published");
        var db = b.Get("published");
        if (da is { Length: >= 10 } && db is { Length: >= 10 } && da != db) return string.CompareOrdinal(da, db) > 0 ? (a, b) : (b, a);
        return aFirstOnTie ? (a, b) : (b, a);
    }

    // 2·LCS/(|a|+|b|) of two anchor sequences, two rows of the table at a time.
    internal static double Lcs(uint[] a, uint[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
                cur[j] = a[i] == b[j] ? prev[j + 1] + 1 : Math.Max(prev[j], cur[j + 1]);
            (prev, cur) = (cur, prev);
        }
        return 2.0 * prev[0] / (a.Length + b.Length);
    }
}
