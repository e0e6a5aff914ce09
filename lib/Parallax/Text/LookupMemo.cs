using System.Collections.Concurrent;

namespace Parallax.Text;

/// <summary>
/// Results of a pure look-up remembered by key, shared by threads, that stops remembering new keys at a bound (the
/// recurring keys, seen first, stay). For costly look-ups whose keys recur across articles (phrases, names, outlets).
/// </summary>
public sealed class LookupMemo<TKey, TValue>(Func<TKey, TValue> lookup, int capacity = 100_000, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _known = new(comparer);
    private int _count;

    /// <summary>The look-up's result for <paramref name="key"/>.</summary>
    public TValue this[TKey key]
    {
        get
        {
            if (_known.TryGetValue(key, out var value)) return value;
            value = lookup(key);
            if (Volatile.Read(ref _count) < capacity && _known.TryAdd(key, value)) Interlocked.Increment(ref _count);
            return value;
        }
    }

    /// <summary>Forgets every result (the data behind the look-up changed).</summary>
    public void Clear()
    {
        _known.Clear();
        Volatile.Write(ref _count, 0);
    }
}
