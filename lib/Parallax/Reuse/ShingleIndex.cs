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
/// (boilerplate) are skipped.
/// </summary>
public static class ShingleIndex
{
    /// <summary>Pairs (i &lt; j) of document indexes with the number of distinct shingles they share.</summary>
    public static Dictionary<(int, int), int> CandidatePairs(IReadOnlyList<ShingledText> texts, int minShared, int maxDocumentsPerShingle)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (int d = 0; d < texts.Count; d++)
            foreach (var h in texts[d].First.Keys)
            {
                if (!postings.TryGetValue(h, out var list)) postings[h] = list = [];
                list.Add(d);
            }
        var shared = new Dictionary<(int, int), int>();
        foreach (var docs in postings.Values)
        {
            if (docs.Count < 2 || docs.Count > maxDocumentsPerShingle) continue;
            for (int a = 0; a < docs.Count; a++)
                for (int b = a + 1; b < docs.Count; b++)
                {
                    var key = (docs[a], docs[b]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
        }
        foreach (var k in shared.Where(kv => kv.Value < minShared).Select(kv => kv.Key).ToList()) shared.Remove(k);
        return shared;
    }
}
