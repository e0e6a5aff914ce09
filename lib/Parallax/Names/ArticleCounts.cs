using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Parallax.Names;

/// <summary>
/// How often each article uses a spelling, made from the uses in corpus order (an article may appear more than once;
/// its uses are summed). The dictionary is built on first lookup: a corpus of 100,000 articles has millions of
/// (spelling, article) pairs, and most runs only need each spelling's total.
/// </summary>
public sealed class ArticleCounts : IReadOnlyDictionary<string, int>
{
    private IReadOnlyList<(int Doc, string Article, int Uses)>? _uses;
    private Dictionary<string, int>? _counts;

    /// <summary>Counts over <paramref name="uses"/> (in corpus order), whose uses add up to <paramref name="total"/>.</summary>
    public ArticleCounts(IReadOnlyList<(int Doc, string Article, int Uses)> uses, int total)
    {
        _uses = uses;
        Total = total;
    }

    /// <summary>All uses, over every article.</summary>
    public int Total { get; }

    private Dictionary<string, int> Counts
    {
        get
        {
            if (Volatile.Read(ref _counts) is { } done) return done;
            // a thread that built the counts publishes them before it drops the uses
            if (Volatile.Read(ref _uses) is not { } uses) return Volatile.Read(ref _counts)!;
            var counts = new Dictionary<string, int>(uses.Count, StringComparer.Ordinal);
            foreach (var u in uses) counts[u.Article] = counts.GetValueOrDefault(u.Article) + u.Uses;
            if (Interlocked.CompareExchange(ref _counts, counts, null) is { } other) return other;
            Volatile.Write(ref _uses, null);
            return counts;
        }
    }

    public int this[string key] => Counts[key];
    public IEnumerable<string> Keys => Counts.Keys;
    public IEnumerable<int> Values => Counts.Values;
    public int Count => Counts.Count;
    public bool ContainsKey(string key) => Counts.ContainsKey(key);
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => Counts.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => Counts.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
