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
    public List<ArticleRelation> Find(IReadOnlyList<ArticleSummary> articles, IReadOnlyList<string[]>? entityOf = null) => Find(articles, entityOf, null).Relations;

    /// <summary>Articles whose partner lists the last <see cref="Find(IReadOnlyList{ArticleSummary}, IReadOnlyList{string[]}?, RelationMemo?, IReadOnlyList{Names.Entity}?)"/> worked out (all of them unless it could start from its memo).</summary>
    public int Redone { get; private set; }

    /// <summary>
    /// As above, starting from the previous run's <paramref name="memo"/> (null: afresh): when articles were only added,
    /// only the partner lists they can change are worked out again and only pairs involving those are scored; the
    /// result is the same. Returns the relations and the memo for the next run.
    /// </summary>
    /// <remarks><paramref name="entities"/>, when given, are the entities <paramref name="entityOf"/> names (their spellings are looked up there, not in every article).</remarks>
    public (List<ArticleRelation> Relations, RelationMemo Memo) Find(IReadOnlyList<ArticleSummary> articles, IReadOnlyList<string[]>? entityOf, RelationMemo? memo,
        IReadOnlyList<Names.Entity>? entities = null)
    {
        // a name anchor stands for its entity, named by its first spelling in ordinal order: unlike the entity's id (from
        // its most used spelling) that does not change when an added article changes which spelling is most used
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entityOf is null ? [] : entities ?? [])
            named[e.Id] = e.Variants.Select(v => v.Text).Min(StringComparer.Ordinal)!;
        for (int d = 0; entityOf is not null && entities is null && d < Math.Min(articles.Count, entityOf.Count); d++)
            for (int k = 0; k < Math.Min(entityOf[d].Length, articles[d].Spellings.Count); k++)
            {
                var text = articles[d].Spellings[k].Text;
                if (!named.TryGetValue(entityOf[d][k], out var first) || string.CompareOrdinal(text, first) < 0) named[entityOf[d][k]] = text;
            }
        // each entity's anchor hashed once
        var anchorOf = new Dictionary<string, uint>(named.Count, StringComparer.Ordinal);
        foreach (var (id, text) in named) anchorOf[id] = NameAnchor(text);
        var anchors = new ulong[articles.Count][];
        var hashes = new ulong[articles.Count];
        Parallel.For(0, articles.Count, d =>
        {
            anchors[d] = Resolve(articles[d], entityOf is not null && d < entityOf.Count ? entityOf[d] : null, anchorOf);
            hashes[d] = Hash(articles[d], anchors[d]);
        });
        var sketches = articles.Select(a => a.Sketch).ToArray();
        var reuseRule = new PartnerRule(_o.MinSharedSketch, _o.MaxDocumentsPerKey, _o.ReuseCandidates,
            (d, o) => !(articles[d].Language is { } l && articles[o].Language is { } m && l != m));
        var translationRule = new PartnerRule(_o.MinSharedAnchors, _o.MaxDocumentsPerAnchor, _o.TranslationCandidates,
            (d, o) => articles[d].Language is { } l && articles[o].Language is { } m && m != l);

        var oldOf = memo?.OldIndexes(articles, hashes);
        (int Doc, int Shared)[][] reuse, translation;
        bool[]? redoneReuse = null, redoneTranslation = null;
        if (oldOf is null)
        {
            reuse = PartnerLists.All(sketches, reuseRule);
            translation = PartnerLists.All(anchors, translationRule);
        }
        else
        {
            (reuse, redoneReuse) = PartnerLists.Update(sketches, reuseRule, oldOf, memo!.Reuse);
            (translation, redoneTranslation) = PartnerLists.Update(anchors, translationRule, oldOf, memo.Translation);
        }
        // a pair of two documents whose lists are the old ones was scored before: its result is the old one
        var before = new Dictionary<(int, int, string), ArticleRelation>();
        if (oldOf is not null)
        {
            var at = new Dictionary<string, int>(articles.Count, StringComparer.Ordinal);
            for (int d = 0; d < articles.Count; d++) at[articles[d].Id] = d;
            foreach (var r in memo!.Relations)
                if (at.TryGetValue(r.From, out int a) && at.TryGetValue(r.To, out int b)) before[(Math.Min(a, b), Math.Max(a, b), r.Kind)] = r;
        }
        ArticleRelation? Old(int i, int j, string kind) => before.GetValueOrDefault((i, j, kind));
        Func<int, int, bool>? known(bool[]? redone) => redone is null ? null : (i, j) => !redone[i] && !redone[j];

        Redone = oldOf is null ? articles.Count : Enumerable.Range(0, articles.Count).Count(d => redoneReuse![d] || redoneTranslation![d]);
        var relations = new List<ArticleRelation>();
        relations.AddRange(Translations(articles, anchors, Pairs(translation), known(redoneTranslation), (i, j) => Old(i, j, "translation")));
        relations.AddRange(Reuse(articles, Pairs(reuse), known(redoneReuse), (i, j) => Old(i, j, "reuse")));
        return (relations, new RelationMemo([.. articles.Select(a => a.Id)], hashes, reuse, translation, relations));
    }

    // Same-language reuse estimated from sketches, for the candidate pairs (old results where known).
    private List<ArticleRelation> Reuse(IReadOnlyList<ArticleSummary> articles, List<(int, int)> pairs, Func<int, int, bool>? known, Func<int, int, ArticleRelation?> old)
    {
        var found = new ArticleRelation?[pairs.Count];
        Parallel.For(0, pairs.Count, k =>
        {
            var (i, j) = pairs[k];
            if (known is not null && known(i, j)) { found[k] = old(i, j); return; }
            double c = Containment(articles[i], articles[j]);
            if (c < _o.MinContainment) return;
            var (from, to) = Direction(articles[i], articles[j], articles[i].Shingles <= articles[j].Shingles);
            found[k] = new ArticleRelation(from.Id, to.Id, "reuse", Math.Round(c, 4), []);
        });
        return found.OfType<ArticleRelation>().ToList();
    }

    // Cross-language translations from anchor sequences, for the candidate pairs (old results where known).
    private List<ArticleRelation> Translations(IReadOnlyList<ArticleSummary> articles, ulong[][] keys, List<(int, int)> pairs, Func<int, int, bool>? known, Func<int, int, ArticleRelation?> old)
    {
        var found = new ArticleRelation?[pairs.Count];
        Parallel.For(0, pairs.Count, k =>
        {
            var (i, j) = pairs[k];
            if (known is not null && known(i, j)) { found[k] = old(i, j); return; }
            double score = Lcs(keys[i], keys[j]);
            if (score < _o.MinTranslationScore) return;
            var (a, b) = (articles[i], articles[j]);
            var (from, to) = a.Get("translation_of") == b.Id ? (a, b) : b.Get("translation_of") == a.Id ? (b, a)
                : Direction(a, b, a.Anchors.Length <= b.Anchors.Length);
            found[k] = new ArticleRelation(from.Id, to.Id, "translation", Math.Round(score, 4), []);
        });
        return found.OfType<ArticleRelation>().OrderByDescending(r => r.Score).ToList();
    }

    // Everything a document's relations depend on besides its partners': id, language, dates, sizes, keys (FNV-1a).
    private static ulong Hash(ArticleSummary a, ulong[] anchors)
    {
        ulong h = 14695981039346656037UL;
        void Add(ulong v) { h ^= v; h *= 1099511628211UL; }
        void Text(string? s) { Add((ulong)(s?.Length ?? -1)); foreach (char c in s ?? "") Add(c); }
        Text(a.Id); Text(a.Language); Text(a.Get("published")); Text(a.Get("translation_of"));
        Add((ulong)a.Shingles); Add((ulong)a.Anchors.Length);
        Add((ulong)a.Sketch.Length); foreach (var x in a.Sketch) Add(x);
        Add((ulong)anchors.Length); foreach (var x in anchors) Add(x);
        return h;
    }

    // Name anchors to their entity's anchor (<paramref name="anchorOf"/>; unclustered: the spelling's); other anchors as they are.
    private static ulong[] Resolve(ArticleSummary a, string[]? entities, Dictionary<string, uint> anchorOf)
    {
        var keys = new ulong[a.Anchors.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            uint x = a.Anchors[i];
            if ((x & ArticleSummarizer.SpellingAnchor) == 0) { keys[i] = x; continue; }
            int k = (int)(x & ~ArticleSummarizer.SpellingAnchor);
            keys[i] = k >= a.Spellings.Count ? NameAnchor("?")
                : entities is not null && k < entities.Length ? anchorOf[entities[k]]
                : NameAnchor(a.Spellings[k].Text);
        }
        return keys;
    }

    private static uint NameAnchor(string name) => ArticleSummarizer.Hash32("m:", name) | ArticleSummarizer.SpellingAnchor;

    // Candidate pairs (i < j) from each article's best partners, in order.
    private static List<(int, int)> Pairs((int Doc, int Shared)[][] lists)
    {
        // each pair as one number (smaller index in the high half): sorted, then duplicates skipped
        var all = new List<long>();
        for (int d = 0; d < lists.Length; d++)
            foreach (var (o, _) in lists[d]) all.Add((long)Math.Min(d, o) << 32 | (uint)Math.Max(d, o));
        var sorted = all.ToArray();
        Array.Sort(sorted);
        var pairs = new List<(int, int)>(sorted.Length);
        for (int k = 0; k < sorted.Length; k++)
            if (k == 0 || sorted[k] != sorted[k - 1]) pairs.Add(((int)(sorted[k] >> 32), (int)(sorted[k] & 0xFFFF_FFFF)));
        return pairs;
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
    internal static double Lcs(ulong[] a, ulong[] b)
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
