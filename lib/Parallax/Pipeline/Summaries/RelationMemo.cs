using Parallax.Pipeline.Cache;
using Parallax.Reuse;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// What the last run's relations were found from, kept next to the summaries: each article's id and a hash of all that
/// its relations depend on (sketch, resolved anchors, language, dates), its reuse and translation partner lists, and the
/// relations. When a rerun only adds articles, <see cref="SketchRelations"/> works out again only the lists the new
/// articles can change (<see cref="PartnerLists.Update"/>) and scores only pairs involving them.
/// </summary>
public sealed record RelationMemo(string[] Ids, ulong[] Hashes, (int Doc, int Shared)[][] Reuse, (int Doc, int Shared)[][] Translation, IReadOnlyList<ArticleRelation> Relations)
{
    private const int Magic = 0x4D525850; // "PXRM"
    private const int Version = 2;

    /// <summary>
    /// Each current article's index in the memo when the memo's articles are all still there, unchanged and in the same
    /// order (new articles get -1); null when the relations must be found afresh.
    /// </summary>
    public int[]? OldIndexes(IReadOnlyList<ArticleSummary> articles, ulong[] hashes)
    {
        var at = new Dictionary<string, int>(Ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < Ids.Length; i++) at[Ids[i]] = i;
        var oldOf = new int[articles.Count];
        int seen = 0, last = -1;
        for (int d = 0; d < articles.Count; d++)
        {
            if (!at.TryGetValue(articles[d].Id, out int i)) { oldOf[d] = -1; continue; }
            if (Hashes[i] != hashes[d] || i < last) return null;
            oldOf[d] = last = i;
            seen++;
        }
        return seen == Ids.Length ? oldOf : null;
    }

    /// <summary>
    /// Reads the memo at <paramref name="path"/> (from memory when this process saved it and it is unchanged), its
    /// strings through <paramref name="pool"/>; null when missing or unreadable (relations are found afresh).
    /// </summary>
    public static RelationMemo? Load(string path, UInt128 fingerprint, StringPool? pool = null) =>
        WarmFiles.Take<RelationMemo>(path, fingerprint) ?? SegmentFile.ReadIfReadable<RelationMemo?>(path, Magic, Version, fingerprint, "a relation memo", r =>
        {
            // article ids and kinds are shared with the summaries' strings
            pool ??= new StringPool();
            int n = r.ReadInt32();
            var ids = new string[n];
            var hashes = new ulong[n];
            for (int i = 0; i < n; i++) { ids[i] = pool.Read(r); hashes[i] = r.ReadUInt64(); }
            var reuse = Lists(r, n);
            var translation = Lists(r, n);
            var relations = new ArticleRelation[r.ReadInt32()];
            for (int i = 0; i < relations.Length; i++) relations[i] = new ArticleRelation(pool.Read(r), pool.Read(r), pool.Read(r), r.ReadDouble(), []);
            return new RelationMemo(ids, hashes, reuse, translation, relations);
        }, null);

    /// <summary>Writes the memo to <paramref name="path"/>, atomically.</summary>
    public void Save(string path, UInt128 fingerprint)
    {
        SegmentFile.Write(path, Magic, Version, fingerprint, w =>
        {
            w.Write(Ids.Length);
            for (int i = 0; i < Ids.Length; i++) { w.Write(Ids[i]); w.Write(Hashes[i]); }
            Lists(w, Reuse);
            Lists(w, Translation);
            w.Write(Relations.Count);
            foreach (var x in Relations) { w.Write(x.From); w.Write(x.To); w.Write(x.Kind); w.Write(x.Score); }
        });
        WarmFiles.Keep(path, fingerprint, this);
    }

    // A kind's lists as two blocks: where each list starts, then every (partner, shared) pair.
    private static (int, int)[][] Lists(BinaryReader r, int n)
    {
        var start = Ints(r, n + 1);
        var pairs = Ints(r, r.ReadInt32());
        var lists = new (int, int)[n][];
        for (int i = 0; i < n; i++)
        {
            int from = start[i], to = start[i + 1];
            if (from < 0 || to < from || 2 * to > pairs.Length) throw new InvalidDataException($"bad partner list {i}");
            var list = lists[i] = new (int, int)[to - from];
            for (int k = 0; k < list.Length; k++)
            {
                int doc = pairs[2 * (from + k)];
                if (doc < 0 || doc >= n) throw new InvalidDataException($"bad partner {doc}");
                list[k] = (doc, pairs[2 * (from + k) + 1]);
            }
        }
        return lists;
    }

    private static void Lists(BinaryWriter w, (int Doc, int Shared)[][] lists)
    {
        var start = new int[lists.Length + 1];
        for (int i = 0; i < lists.Length; i++) start[i + 1] = start[i] + lists[i].Length;
        var pairs = new int[2 * start[^1]];
        for (int i = 0, at = 0; i < lists.Length; i++)
            foreach (var (doc, shared) in lists[i]) { pairs[at++] = doc; pairs[at++] = shared; }
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(start.AsSpan()));
        w.Write(pairs.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(pairs.AsSpan()));
    }

    private static int[] Ints(BinaryReader r, int n)
    {
        if (n < 0 || n > 1 << 28) throw new InvalidDataException($"bad length {n}");
        var result = new int[n];
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }
}
