using Parallax.Framing;

namespace Parallax.Reuse;

/// <summary>Options for same-language reuse detection.</summary>
public sealed record ReuseOptions
{
    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 6;
    /// <summary>Containment (share of the smaller text's shingles found in the other) from which a pair is reuse.</summary>
    public double MinContainment { get; init; } = 0.2;
    /// <summary>A passage this long (in words) makes a pair reuse whatever the containment.</summary>
    public int MinPassageWords { get; init; } = 40;
    /// <summary>A quotation shared word for word at least this long is a shared quote.</summary>
    public int MinQuoteWords { get; init; } = 8;
    /// <summary>Shingles held by more documents than this are boilerplate and ignored.</summary>
    public int MaxDocumentsPerShingle { get; init; } = 50;
    /// <summary>Partners compared per document (those sharing the most shingles with it).</summary>
    public int CandidatesPerDocument { get; init; } = 12;
    public static ReuseOptions Default { get; } = new();
}

/// <summary>
/// Same-language reuse by word shingles: candidate pairs from an inverted index, containment of the smaller text in the
/// larger, aligned passages (runs of consecutive shared shingles). A pair whose shared passages all lie inside
/// quotation marks is a shared quote; a pair above the containment or passage threshold is reuse.
/// </summary>
public sealed class ReuseDetector(ReuseOptions? options = null)
{
    private readonly ReuseOptions _o = options ?? ReuseOptions.Default;

    public List<ArticleRelation> Detect(IReadOnlyList<Document> docs, IReadOnlyList<string?> languages)
    {
        var texts = new ShingledText[docs.Count];
        Parallel.For(0, docs.Count, d => texts[d] = new ShingledText(docs[d], _o.ShingleSize));
        var minShared = Math.Max(1, _o.MinQuoteWords - _o.ShingleSize + 1);
        var pairs = ShingleIndex.CandidatePairs(texts, minShared, _o.MaxDocumentsPerShingle, _o.CandidatesPerDocument).Keys
            .Where(p => !(languages[p.Item1] is { } li && languages[p.Item2] is { } lj && li != lj)).Order().ToList();
        // Quotation spans once per document, not once per pair; pairs compared in parallel, results in pair order.
        var quotes = new Lazy<List<(int Start, int End)>>[docs.Count];
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            quotes[d] = new(() => QuoteSpans.Find(doc.Text, TaggedParagraphs.Of(doc.Article)));
        }
        var found = new ArticleRelation?[pairs.Count];
        Parallel.For(0, pairs.Count, k =>
        {
            var (from, to) = Direction(docs, texts, pairs[k].Item1, pairs[k].Item2);
            found[k] = Compare(texts[from], texts[to], quotes[from].Value, quotes[to].Value);
        });
        return found.OfType<ArticleRelation>().ToList();
    }

    // The reusing article is the later one, else the shorter one.
    private static (int From, int To) Direction(IReadOnlyList<Document> docs, ShingledText[] texts, int i, int j)
    {
        var di = docs[i].Article.Metadata.PublishedDate;
        var dj = docs[j].Article.Metadata.PublishedDate;
        if (di is { } a && dj is { } b && a != b) return a > b ? (i, j) : (j, i);
        return texts[i].Words.Count <= texts[j].Words.Count ? (i, j) : (j, i);
    }

    private ArticleRelation? Compare(ShingledText from, ShingledText to, List<(int Start, int End)> fromQuotes, List<(int Start, int End)> toQuotes)
    {
        var passages = new List<AlignedPassage>();
        var words = new List<int>();
        int n = _o.ShingleSize;
        int k = 0;
        int sharedShingles = 0;
        ulong[] fh = from.HashArray, th = to.HashArray;
        var toFirst = to.FirstIndex;
        while (k < fh.Length)
        {
            if (!toFirst.TryGetValue(fh[k], out int tk)) { k++; continue; }
            int start = k, toStart = tk;
            while (k + 1 < fh.Length && tk + 1 < th.Length && fh[k + 1] == th[tk + 1]) { k++; tk++; }
            sharedShingles += k - start + 1;
            int length = k - start + n;
            passages.Add(new AlignedPassage(from.Words[start].Start, from.Words[k + n - 1].End, to.Words[toStart].Start, to.Words[tk + n - 1].End));
            words.Add(length);
            k++;
        }
        if (passages.Count == 0) return null;
        var inQuotes = passages.Select(p => Inside(fromQuotes, p.FromStart, p.FromEnd) && Inside(toQuotes, p.ToStart, p.ToEnd)).ToList();
        // Shared shingles outside quotations: quoting the same person is not reusing the other article.
        int ownShingles = Enumerable.Range(0, passages.Count).Where(x => !inQuotes[x]).Sum(x => words[x] - n + 1);
        double containment = (double)sharedShingles / Math.Max(1, from.Hashes.Count);
        double ownContainment = (double)ownShingles / Math.Max(1, from.Hashes.Count);
        int longestOwn = Enumerable.Range(0, passages.Count).Where(x => !inQuotes[x]).Select(x => words[x]).DefaultIfEmpty(0).Max();
        if (ownContainment >= _o.MinContainment || longestOwn >= _o.MinPassageWords)
            return new ArticleRelation(from.Id, to.Id, "reuse", Math.Round(containment, 4), passages);
        var quoted = passages.Where((p, x) => inQuotes[x] && words[x] >= _o.MinQuoteWords).ToList();
        if (quoted.Count > 0)
            return new ArticleRelation(from.Id, to.Id, "shared quote", Math.Round(containment, 4), quoted);
        return null;
    }

    private static bool Inside(List<(int Start, int End)> quotes, int start, int end) => quotes.Any(q => q.Start <= start && end <= q.End);
}
