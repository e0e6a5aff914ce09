using Parallax.Framing;
using Parallax.Reuse;

namespace Parallax.Pipeline.Summaries;

/// <summary>Makes the <see cref="ArticleSummary"/> of a tagged document.</summary>
public sealed class ArticleSummarizer(IAnchorReader anchors, int shingleSize = 6, int sketchSize = 64, StringPool? pool = null, LoneNameFollower? follower = null)
{
    private readonly StringPool _pool = pool ?? new StringPool();

    public static ArticleSummarizer For(KitData data, StringPool? pool = null) => new(AnchorReader.For(data), pool: pool, follower: LoneNameFollower.For(data));

    public int ShingleSize => shingleSize;

    /// <summary>
    /// The high bit of an anchor marks a name: the rest is the index of the article's spelling, resolved to its entity
    /// after clustering (so "Kadhafi" and "Qaddafi" meet); other anchors are hashes with the high bit clear.
    /// </summary>
    public const uint SpellingAnchor = 0x8000_0000;

    public ArticleSummary Of(Document d)
    {
        var a = d.Article;
        var fields = ArticleMetadata.FieldNames.Select(f => _pool.GetOrNull(f == "language" ? a.Language : a.Metadata.Get(f))).ToArray();
        var spellings = d.Mentions.GroupBy(m => (m.Text, m.Kind))
            .Select(g => new SpellingCount(_pool.Get(g.Key.Text), g.Key.Kind, g.Count(), g.Min(m => m.Start))).OrderBy(s => s.First).ToList();
        var sides = d.Labels.Where(l => !l.InQuotation)
            .SelectMany(l => (l.Categories.Count == 0 ? ["none"] : l.Categories).Select(c => (l.Actor, c)))
            .GroupBy(x => x).Select(g => new SideCount(_pool.Get(g.Key.Actor), _pool.Get(g.Key.c), g.Count())).ToList();
        var (shingles, sketch) = Sketch(d);
        var spellingIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < spellings.Count; i++) spellingIndex.TryAdd(spellings[i].Text, i);
        var anchorKeys = anchors.Read(d).Select(x => x.Key.StartsWith("m:", StringComparison.Ordinal)
                && spellingIndex.TryGetValue(d.Text[x.Start..x.End], out int k) ? SpellingAnchor | (uint)k : Hash32(x.Key) & ~SpellingAnchor).ToArray();
        return new ArticleSummary(d.Id, a.File, _pool.GetOrNull(a.Language), fields, a.WordCount, spellings,
            Counts(d.Attributions.Select(x => x.SourceType)), sides, Counts(d.Labels.Select(l => Keyness.LabelKey(l.Text))),
            Counts(d.Hedges.Select(h => h.Kind)), Counts(d.EventTerms.Select(t => t.Lemma + "|" + t.Connotation)),
            shingles, sketch, anchorKeys) { Follows = follower?.Follows(spellings) };
    }

    private List<KeyCount> Counts(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).Select(g => new KeyCount(_pool.Get(g.Key), g.Count())).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();

    [ThreadStatic] private static List<string>? _keys;

    // The smallest distinct shingle hashes (bottom-k): two texts' sketches estimate how much of them is shared. The
    // hashes are those of ShingledText (word keys joined by spaces), worked out without keeping the text's shingles.
    private (int Count, ulong[] Sketch) Sketch(Document d)
    {
        var keys = _keys ??= [];
        keys.Clear();
        foreach (var p in TaggedParagraphs.Of(d.Article))
            foreach (var t in Parallax.Text.Tokenizer.Read(d.Text, p.Start, p.End))
                if (t.IsWord) keys.Add(WordForm.Key(t.Text));
        int n = keys.Count - shingleSize + 1;
        if (n <= 0) return (0, []);
        var hashes = System.Buffers.ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                ulong h = 14695981039346656037UL;
                for (int k = i; k < i + shingleSize; k++)
                {
                    foreach (char c in keys[k]) { h ^= c; h *= 1099511628211UL; }
                    h ^= ' '; h *= 1099511628211UL;
                }
                hashes[i] = Mix(h);
            }
            var sorted = hashes.AsSpan(0, n);
            sorted.Sort();
            var sketch = new List<ulong>(Math.Min(n, sketchSize));
            int distinct = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0 && sorted[i] == sorted[i - 1]) continue;
                if (distinct++ < sketchSize) sketch.Add(sorted[i]);
            }
            return (distinct, sketch.ToArray());
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(hashes);
            keys.Clear();
        }
    }

    // Shingle hashes are FNV; mixing spreads them so the smallest are a fair sample.
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL; h ^= h >> 33;
        return h;
    }

    /// <summary>A 32-bit FNV-1a hash of a string.</summary>
    public static uint Hash32(string s) => Hash32("", s);

    /// <summary>The hash of <paramref name="prefix"/> + <paramref name="s"/>, without joining them.</summary>
    public static uint Hash32(string prefix, string s)
    {
        uint h = 2166136261;
        foreach (char c in prefix) { h ^= c; h *= 16777619; }
        foreach (char c in s) { h ^= c; h *= 16777619; }
        return h;
    }
}
