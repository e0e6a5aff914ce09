namespace Parallax.Pipeline.Summaries;

/// <summary>
/// A compact inverted index: every (key, document) pair sorted by key, so the documents of a key are one range of one
/// array, found through a table of the keys' top bits and a short search (a few bytes per entry at any corpus size,
/// and a key held by many documents costs no more to look up than a rare one).
/// </summary>
public sealed class Postings
{
    private const int BucketBits = 18;
    private readonly ulong[] _keys;   // distinct keys, ascending
    private readonly int[] _start;    // documents of _keys[i] are _docs[_start[i].._start[i + 1]]
    private readonly int[] _docs;
    private readonly int[] _bucket;   // keys with top bits b are _keys[_bucket[b].._bucket[b + 1]]
    private readonly int _shift;
    private readonly int _documents;

    /// <summary>
    /// Indexes the distinct keys of each document; keys held by fewer than <paramref name="minDocuments"/> documents are
    /// left out (a key of one document pairs no documents).
    /// </summary>
    public Postings(IReadOnlyList<IEnumerable<ulong>> keysOfDocument, int minDocuments = 1)
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
        ulong[] all = [.. keys];
        int[] allDocs = [.. docs];
        // primitive arrays sort fast; the documents of each key are then put back in document order
        Array.Sort(all, allDocs);
        var distinctKeys = new List<ulong>();
        var start = new List<int>();
        int kept = 0;
        for (int lo = 0; lo < all.Length;)
        {
            int hi = lo + 1;
            while (hi < all.Length && all[hi] == all[lo]) hi++;
            if (hi - lo >= minDocuments)
            {
                Array.Sort(allDocs, lo, hi - lo);
                distinctKeys.Add(all[lo]);
                start.Add(kept);
                Array.Copy(allDocs, lo, allDocs, kept, hi - lo);
                kept += hi - lo;
            }
            lo = hi;
        }
        start.Add(kept);
        _keys = [.. distinctKeys];
        _start = [.. start];
        _docs = allDocs[..kept];
        ulong max = _keys.Length == 0 ? 0 : _keys[^1];
        _shift = Math.Max(0, 64 - System.Numerics.BitOperations.LeadingZeroCount(max) - BucketBits);
        _bucket = new int[(1 << BucketBits) + 1];
        for (int i = 0, b = 0; b <= 1 << BucketBits; b++)
        {
            while (i < _keys.Length && (int)(_keys[i] >> _shift) < b) i++;
            _bucket[b] = i;
        }
    }

    /// <summary>The documents holding <paramref name="key"/>, in document order.</summary>
    public ReadOnlySpan<int> Of(ulong key)
    {
        ulong top = key >> _shift;
        if (top >= 1UL << BucketBits) return [];
        int lo = _bucket[top], hi = _bucket[top + 1];
        int i = Array.BinarySearch(_keys, lo, hi - lo, key);
        return i < 0 ? [] : _docs.AsSpan(_start[i], _start[i + 1] - _start[i]);
    }

    /// <summary>
    /// For document <paramref name="d"/>: the other documents sharing at least <paramref name="minShared"/> of its keys,
    /// keys held by more than <paramref name="maxDocuments"/> documents ignored, most shared first (then document
    /// order), the first <paramref name="take"/> that <paramref name="accept"/> lets through.
    /// </summary>
    public List<(int Doc, int Shared)> Partners(int d, IEnumerable<ulong> keys, int minShared, int maxDocuments, int take, Func<int, bool>? accept = null)
    {
        if (take <= 0) return [];
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
        var best = new List<(int Doc, int Shared)>(take + 1);
        var found = _found ??= [];
        found.Clear();
        foreach (var o in touched)
        {
            if (counts[o] >= minShared) found.Add((o, counts[o]));
            counts[o] = 0;
        }
        // the best few kept in order as they come: no sort of every candidate
        foreach (var x in found)
        {
            if (best.Count == take && !Better(x, best[^1])) continue;
            if (accept is not null && !accept(x.Doc)) continue;
            int at = best.Count;
            while (at > 0 && Better(x, best[at - 1])) at--;
            best.Insert(at, x);
            if (best.Count > take) best.RemoveAt(take);
        }
        return best;
    }

    private static bool Better((int Doc, int Shared) x, (int Doc, int Shared) y) => x.Shared != y.Shared ? x.Shared > y.Shared : x.Doc < y.Doc;

    [ThreadStatic] private static int[]? _counts;
    [ThreadStatic] private static List<int>? _touched;
    [ThreadStatic] private static HashSet<ulong>? _distinct;
    [ThreadStatic] private static List<(int Doc, int Shared)>? _found;
}
