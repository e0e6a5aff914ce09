namespace Parallax.Pipeline.Summaries;

/// <summary>
/// A compact inverted index: every (key, document) pair sorted by key, so the documents of a key are one range found
/// by binary search (two arrays instead of a dictionary of lists: a few bytes per entry at any corpus size).
/// </summary>
public sealed class Postings
{
    private readonly ulong[] _keys;
    private readonly int[] _docs;

    /// <summary>Indexes the distinct keys of each document.</summary>
    public Postings(IReadOnlyList<IEnumerable<ulong>> keysOfDocument)
    {
        var pairs = new List<(ulong Key, int Doc)>();
        for (int d = 0; d < keysOfDocument.Count; d++)
            foreach (var k in keysOfDocument[d].Distinct()) pairs.Add((k, d));
        pairs.Sort();
        _keys = pairs.Select(p => p.Key).ToArray();
        _docs = pairs.Select(p => p.Doc).ToArray();
    }

    /// <summary>The documents holding <paramref name="key"/>, in document order.</summary>
    public ReadOnlySpan<int> Of(ulong key)
    {
        int lo = LowerBound(key);
        int hi = lo;
        while (hi < _keys.Length && _keys[hi] == key) hi++;
        return _docs.AsSpan(lo, hi - lo);
    }

    /// <summary>
    /// For document <paramref name="d"/>: the other documents sharing at least <paramref name="minShared"/> of its keys,
    /// keys held by more than <paramref name="maxDocuments"/> documents ignored, best <paramref name="take"/> first.
    /// </summary>
    public List<(int Doc, int Shared)> Partners(int d, IEnumerable<ulong> keys, int minShared, int maxDocuments, int take, Func<int, bool>? accept = null)
    {
        var counts = new Dictionary<int, int>();
        foreach (var k in keys.Distinct())
        {
            var docs = Of(k);
            if (docs.Length < 2 || docs.Length > maxDocuments) continue;
            foreach (var o in docs)
                if (o != d && (accept is null || accept(o))) counts[o] = counts.GetValueOrDefault(o) + 1;
        }
        return counts.Where(kv => kv.Value >= minShared).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(take)
            .Select(kv => (kv.Key, kv.Value)).ToList();
    }

    private int LowerBound(ulong key)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_keys[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
