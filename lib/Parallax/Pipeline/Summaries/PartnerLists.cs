namespace Parallax.Pipeline.Summaries;

/// <summary>How candidate partners are chosen from shared keys (see <see cref="Postings.Partners"/>).</summary>
public sealed record PartnerRule(int MinShared, int MaxDocuments, int Take, Func<int, int, bool> Accept);

/// <summary>
/// Each document's best partners by shared keys, for the whole corpus or, after documents were only added, for the
/// documents whose lists can have changed: the new ones and the old ones holding a key of a new one that was held by
/// at most <see cref="PartnerRule.MaxDocuments"/> documents (every other key's documents are as before, so every other
/// list is the old one). Both ways give the same lists.
/// </summary>
public static class PartnerLists
{
    /// <summary>Lists for every document.</summary>
    public static (int Doc, int Shared)[][] All(IReadOnlyList<ulong[]> keys, PartnerRule rule)
    {
        var index = new Postings([.. keys.Select(k => (IEnumerable<ulong>)k)], minDocuments: 2);
        var lists = new (int, int)[keys.Count][];
        Parallel.For(0, keys.Count, d => lists[d] = [.. index.Partners(d, keys[d], rule.MinShared, rule.MaxDocuments, rule.Take, o => rule.Accept(d, o))]);
        return lists;
    }

    /// <summary>
    /// Lists after documents were added: <paramref name="oldOf"/> gives each document's index in the previous run (-1
    /// for a new one; old documents keep their order), <paramref name="oldLists"/> the previous lists (old indexes).
    /// Returns the lists and which documents were worked out again.
    /// </summary>
    public static ((int Doc, int Shared)[][] Lists, bool[] Redone) Update(IReadOnlyList<ulong[]> keys, PartnerRule rule, int[] oldOf, IReadOnlyList<(int Doc, int Shared)[]> oldLists)
    {
        int n = keys.Count;
        var newOf = new int[oldLists.Count];
        for (int d = 0; d < n; d++) if (oldOf[d] >= 0) newOf[oldOf[d]] = d;
        // keys of the new documents, and how many old documents hold each (a bit table in front of the set: most keys of
        // the old documents are not keys of the new ones, and the table says so without a look-up)
        var added = new KeySet();
        for (int d = 0; d < n; d++) if (oldOf[d] < 0) added.UnionWith(keys[d]);
        var oldCount = new Dictionary<ulong, int>();
        var counted = new List<ulong>();
        for (int d = 0; d < n; d++)
        {
            if (oldOf[d] < 0) continue;
            counted.Clear();
            foreach (var k in keys[d])
                if (added.Contains(k) && !counted.Contains(k))
                {
                    counted.Add(k);
                    oldCount[k] = oldCount.GetValueOrDefault(k) + 1;
                }
        }
        // a key whose documents an old list could see changed: held by few enough old documents
        var changed = new KeySet();
        changed.UnionWith(added.Keys.Where(k => oldCount.GetValueOrDefault(k) <= rule.MaxDocuments));
        var redo = new bool[n];
        Parallel.For(0, n, d => redo[d] = oldOf[d] < 0 || changed.AnyOf(keys[d]));
        // the redone documents' keys, indexed over every document that holds them (complete lists for those keys)
        var needed = new KeySet();
        for (int d = 0; d < n; d++) if (redo[d]) needed.UnionWith(keys[d]);
        var index = new Postings([.. keys.Select(k => needed.AnyOf(k) ? k.Where(needed.Contains) : [])], minDocuments: 2);
        var lists = new (int, int)[n][];
        Parallel.For(0, n, d => lists[d] = redo[d]
            ? [.. index.Partners(d, keys[d], rule.MinShared, rule.MaxDocuments, rule.Take, o => rule.Accept(d, o))]
            : Array.ConvertAll(oldLists[oldOf[d]], x => (newOf[x.Doc], x.Shared)));
        return (lists, redo);
    }

    // A set of keys with a table of bits (a key's low bits) that answers most "not in the set" without a look-up.
    private sealed class KeySet
    {
        private const int Bits = 1 << 16;
        private readonly ulong[] _table = new ulong[Bits / 64];
        private readonly HashSet<ulong> _keys = [];

        public IEnumerable<ulong> Keys => _keys;

        public void UnionWith(IEnumerable<ulong> keys)
        {
            foreach (var k in keys)
                if (_keys.Add(k)) _table[(int)(k % Bits) >> 6] |= 1UL << (int)(k % 64);
        }

        public bool Contains(ulong k) => (_table[(int)(k % Bits) >> 6] & (1UL << (int)(k % 64))) != 0 && _keys.Contains(k);

        public bool AnyOf(ulong[] keys)
        {
            foreach (var k in keys) if (Contains(k)) return true;
            return false;
        }
    }
}
