using Parallax.Framing;

namespace Parallax.Reuse;

/// <summary>The words of a document (lower case, with offsets) and the hashes of its word shingles.</summary>
public sealed class ShingledText
{
    public string Id { get; }
    public IReadOnlyList<(int Start, int End)> Words { get; }
    /// <summary>Shingle hash → first word position.</summary>
    public IReadOnlyDictionary<ulong, int> First { get; }
    /// <summary>Shingle hash at each position (positions 0 .. Words.Count − n).</summary>
    public IReadOnlyList<ulong> Hashes { get; }

    public ShingledText(Document doc, int n)
    {
        Id = doc.Id;
        var words = new List<(int, int)>();
        var folded = new List<string>();
        foreach (var p in TaggedParagraphs.Of(doc.Article))
            foreach (var t in Parallax.Text.Tokenizer.Tokenize(doc.Text, p.Start, p.End))
                if (t.IsWord) { words.Add((t.Start, t.End)); folded.Add(WordForm.Key(t.Text)); }
        Words = words;
        var hashes = new List<ulong>();
        var first = new Dictionary<ulong, int>();
        for (int i = 0; i + n <= folded.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int k = i; k < i + n; k++)
            {
                foreach (char c in folded[k]) { h ^= c; h *= 1099511628211UL; }
                h ^= ' '; h *= 1099511628211UL;
            }
            hashes.Add(h);
            first.TryAdd(h, i);
        }
        Hashes = HashArray = [.. hashes];
        First = FirstIndex = first;
    }

    /// <summary><see cref="Hashes"/> as an array (for hot loops).</summary>
    internal ulong[] HashArray { get; }

    /// <summary><see cref="First"/> as a dictionary (for hot loops).</summary>
    internal Dictionary<ulong, int> FirstIndex { get; }
}

/// <summary>
/// An inverted index from shingle hash to the documents holding it. Candidate pairs are the documents that share at
/// least a few shingles, found through the index (not by comparing all pairs); shingles held by very many documents
/// (boilerplate, stock phrases) are skipped, and each document keeps only the partners it shares most shingles with,
/// so the work grows with the corpus, not with the square of an event's size.
/// </summary>
public static class ShingleIndex
{
    /// <summary>Pairs (i &lt; j) of document indexes with the number of distinct shingles they share.</summary>
    public static Dictionary<(int, int), int> CandidatePairs(IReadOnlyList<ShingledText> texts, int minShared, int maxDocumentsPerShingle,
        int partnersPerDocument = int.MaxValue)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (int d = 0; d < texts.Count; d++)
            foreach (var h in texts[d].First.Keys)
            {
                if (!postings.TryGetValue(h, out var list)) postings[h] = list = [];
                list.Add(d);
            }
        var kept = new List<(int, int, int)>[texts.Count];
        Parallel.For(0, texts.Count, () => new Dictionary<int, int>(), (d, _, counts) =>
        {
            counts.Clear();
            foreach (var h in texts[d].First.Keys)
            {
                var docs = postings[h];
                if (docs.Count < 2 || docs.Count > maxDocumentsPerShingle) continue;
                foreach (var o in docs)
                    if (o != d) counts[o] = counts.GetValueOrDefault(o) + 1;
            }
            kept[d] = counts.Where(kv => kv.Value >= minShared)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(partnersPerDocument)
                .Select(kv => (Math.Min(d, kv.Key), Math.Max(d, kv.Key), kv.Value)).ToList();
            return counts;
        }, _ => { });
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in kept)
            foreach (var (a, b, n) in list) shared[(a, b)] = n;
        return shared;
    }
}
