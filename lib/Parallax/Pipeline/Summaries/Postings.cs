namespace Parallax.Pipeline.Summaries;

/// <summary>
/// A compact inverted index: every (key, document) pair sorted by key, so the documents of a key are one range found
/// by binary search (two arrays instead of a dictionary of lists: a few bytes per entry at any corpus size).
/// </summary>
public sealed class Postings
{
    private readonly ulong[] _keys;
    private readonly int[] _docs;
    private readonly int _documents;

    /// <summary>Indexes the distinct keys of each document.</summary>
    public Postings(IReadOnlyList<IEnumerable<ulong>> keysOfDocument)
    {
        var keys = new List<ulong>();
        var docs = new List<int>();
        var seen = new HashSet<ulong>();
        for (int d = 0; d < keysOfDocument.Count; d++)
        {
            seen.Clear();
            foreach (var k in keysOfDocument[d])
                if (seen.Add(k)) { keys.Add(k); docs.Add(d); }
        }
        _documents = keysOfDocument.Count;
        _keys = [.. keys];
        _docs = [.. docs];
        // primitive arrays sort fast; the documents of each key are then put back in document order
        Array.Sort(_keys, _docs);
        for (int lo = 0; lo < _keys.Length;)
        {
            int hi = lo + 1;
            while (hi < _keys.Length && _keys[hi] == _keys[lo]) hi++;
            if (hi - lo > 1) Array.Sort(_docs, lo, hi - lo);
            lo = hi;
        }
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
        // a counter per document, reused by this thread: only the documents touched are read and reset
        var counts = _counts ??= [];
        if (counts.Length < _documents) _counts = counts = new int[_documents];
        var touched = _touched ??= [];
        var distinct = _distinct ??= [];
        touched.Clear();
        distinct.Clear();
        foreach (var k in keys)
        {
            if (!distinct.Add(k)) continue;
            var docs = Of(k);
            if (docs.Length < 2 || docs.Length > maxDocuments) continue;
            foreach (var o in docs)
                if (o != d && (counts[o]++ == 0)) touched.Add(o);
        }
        // counters back to zero before anything else runs (a throwing filter must not leave them dirty)
        var found = new List<(int Doc, int Shared)>();
        foreach (var o in touched)
        {
            if (counts[o] >= minShared) found.Add((o, counts[o]));
            counts[o] = 0;
        }
        if (accept is not null) found.RemoveAll(x => !accept(x.Doc));
        found.Sort((x, y) => x.Shared != y.Shared ? y.Shared.CompareTo(x.Shared) : x.Doc.CompareTo(y.Doc));
        if (found.Count > take) found.RemoveRange(take, found.Count - take);
        return found;
    }

    [ThreadStatic] private static int[]? _counts;
    [ThreadStatic] private static List<int>? _touched;
    [ThreadStatic] private static HashSet<ulong>? _distinct;


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
