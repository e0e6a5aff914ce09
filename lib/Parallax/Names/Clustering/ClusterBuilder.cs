namespace Parallax.Names.Clustering;

/// <summary>
/// Grows entities by joining mentions, refusing joins that aliases.yaml forbids or that a guard rejects (two
/// incompatible full names), and recording why each join of two different spellings was made.
/// </summary>
public sealed class ClusterBuilder
{
    private readonly DisjointSets _sets;
    private readonly IReadOnlyList<MentionRef> _mentions;
    private readonly AliasOverrides _overrides;
    private readonly Dictionary<int, List<int>> _members = [];
    private readonly Dictionary<int, (List<int> List, HashSet<string> Texts)> _distinct = [];
    private readonly Dictionary<(string, string), IReadOnlyList<string>> _reasons = [];

    public ClusterBuilder(IReadOnlyList<MentionRef> mentions, AliasOverrides overrides)
    {
        _mentions = mentions;
        _overrides = overrides;
        _sets = new DisjointSets(mentions.Count);
        for (int i = 0; i < mentions.Count; i++) _members[i] = [i];
    }

    public int Find(int i) => _sets.Find(i);

    /// <summary>Mention indexes of the entity holding <paramref name="i"/>.</summary>
    public IReadOnlyList<int> Members(int i) => _members[_sets.Find(i)];

    /// <summary>One mention index per distinct spelling of the entity holding <paramref name="i"/> (kept as entities grow).</summary>
    public IReadOnlyList<int> Spellings(int i)
    {
        int r = _sets.Find(i);
        return _distinct.TryGetValue(r, out var d) ? d.List : _members[r];
    }

    /// <summary>
    /// Joins the entities of two mentions. <paramref name="guard"/> sees one mention per distinct spelling of each side
    /// and may refuse. The smaller entity's lists are added to the larger's (no quadratic cost for big entities).
    /// </summary>
    public bool Join(int a, int b, IReadOnlyList<string> rules, Func<IReadOnlyList<int>, IReadOnlyList<int>, bool>? guard = null)
    {
        int ra = _sets.Find(a), rb = _sets.Find(b);
        if (ra == rb) { Record(a, b, rules); return true; }
        if (_mentions[a].Kind != _mentions[b].Kind) return false;
        var sa = Spellings(ra); var sb = Spellings(rb);
        if (_overrides.Forbids(sa.Select(i => _mentions[i].Text), sb.Select(i => _mentions[i].Text))) return false;
        if (guard is not null && !guard(sa, sb)) return false;
        var (big, small) = _members[ra].Count >= _members[rb].Count ? (ra, rb) : (rb, ra);
        var distinct = DistinctOf(big);
        foreach (var i in Spellings(small))
            if (distinct.Texts.Add(_mentions[i].Text)) distinct.List.Add(i);
        var members = _members[big];
        members.AddRange(_members[small]);
        _members.Remove(ra); _members.Remove(rb); _distinct.Remove(ra); _distinct.Remove(rb);
        _sets.Union(ra, rb);
        int root = _sets.Find(ra);
        _members[root] = members;
        _distinct[root] = distinct;
        Record(a, b, rules);
        return true;
    }

    private (List<int> List, HashSet<string> Texts) DistinctOf(int root)
    {
        if (_distinct.TryGetValue(root, out var d)) return d;
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<int>();
        foreach (var i in _members[root])
            if (texts.Add(_mentions[i].Text)) list.Add(i);
        return (list, texts);
    }

    private void Record(int a, int b, IReadOnlyList<string> rules)
    {
        var ta = _mentions[a].Text; var tb = _mentions[b].Text;
        if (ta == tb || rules.Count == 0) return;
        var key = string.CompareOrdinal(ta, tb) < 0 ? (ta, tb) : (tb, ta);
        _reasons.TryAdd(key, rules);
    }

    /// <summary>Every entity as a list of mention indexes.</summary>
    public IEnumerable<IReadOnlyList<int>> Entities => _members.Values;

    /// <summary>Recorded reasons between spellings.</summary>
    public IReadOnlyDictionary<(string A, string B), IReadOnlyList<string>> Reasons => _reasons;
}
