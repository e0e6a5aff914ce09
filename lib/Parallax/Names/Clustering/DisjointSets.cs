namespace Parallax.Names.Clustering;

/// <summary>Union-find over item indexes.</summary>
public sealed class DisjointSets(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int x)
    {
        while (_parent[x] != x) { _parent[x] = _parent[_parent[x]]; x = _parent[x]; }
        return x;
    }

    /// <summary>Joins two sets; false when they were one already.</summary>
    public bool Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return false;
        _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        return true;
    }
}
