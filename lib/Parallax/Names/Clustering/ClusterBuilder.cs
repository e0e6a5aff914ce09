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

    /// <summary>Joins the entities of two mentions. <paramref name="guard"/> sees both member lists and may refuse.</summary>
    public bool Join(int a, int b, IReadOnlyList<string> rules, Func<IReadOnlyList<int>, IReadOnlyList<int>, bool>? guard = null)
    {
        int ra = _sets.Find(a), rb = _sets.Find(b);
        if (ra == rb) { Record(a, b, rules); return true; }
        var ma = _members[ra]; var mb = _members[rb];
        if (_mentions[a].Kind != _mentions[b].Kind) return false;
        if (_overrides.Forbids(ma.Select(i => _mentions[i].Text), mb.Select(i => _mentions[i].Text))) return false;
        if (guard is not null && !guard(ma, mb)) return false;
        _sets.Union(ra, rb);
        int root = _sets.Find(ra);
        var merged = new List<int>(ma.Count + mb.Count);
        merged.AddRange(ma); merged.AddRange(mb);
        _members.Remove(ra); _members.Remove(rb);
        _members[root] = merged;
        Record(a, b, rules);
        return true;
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
