using System.Collections.Concurrent;
using Parallax.Names;
using Parallax.Names.Clustering;
using Parallax.Names.Keys;
using Parallax.Pipeline.Cache;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// Entity clustering over article summaries, by the <see cref="VariantClusterer"/> rules on spellings alone (rules that
/// need the text — aliases and acronyms given in parentheses, lone surnames found beyond the tagged mentions — are left
/// out). Each article first ties its lone surnames to the full name they follow (in parallel); the corpus rules then
/// run once per distinct node (spelling, or lone surname with its full name), not once per article, so time and memory
/// grow with the number of distinct spellings, not with the corpus.
/// </summary>
public sealed class SpellingClusterer(VariantClusterer clusterer, LoneNameFollower follower)
{
    public static SpellingClusterer For(KitData data) => new(new VariantClusterer(data), LoneNameFollower.For(data));

    private readonly ConcurrentDictionary<(string, MentionKind), (string Block, bool Full)> _facts = new();

    // A spelling's block key and fullness: from the memo (kept between runs), else worked out once per run.
    // (No closure per call: this runs for every node and every name of every entity.)
    private (string Block, bool Full) Facts(string text, MentionKind kind, ClusterMemo? memo) =>
        _facts.GetOrAdd((text, kind), static (k, s) => s.memo is null
            ? s.clusterer.Facts(Ref(k.Item1, k.Item2))
            : s.memo.Facts(k.Item1, k.Item2, () => s.clusterer.Facts(Ref(k.Item1, k.Item2))), (clusterer, memo));

    private static MentionRef Ref(string text, MentionKind kind) => new(0, "", new Mention(0, text.Length, text, kind));

    /// <summary>
    /// The entities, the entity id of each article's spellings, and each spelling's node (a spelling of one kind, or a
    /// lone surname with the full name it follows: all uses of a node have one text and one entity). The corpus is cut into blocks no rule crosses
    /// (<see cref="VariantClusterer.Facts"/>, local links, pins), each partitioned on its own (in parallel);
    /// <paramref name="memo"/>, when given, supplies the partitions of blocks unchanged since it was saved.
    /// </summary>
    public (List<Entity> Entities, string[][] EntityOf, int[][] NodeOf) Cluster(IReadOnlyList<ArticleSummary> articles, ClusterMemo? memo = null)
    {
        // 1. per article: the full spelling (index) each lone person spelling follows, or -1
        var follows = new int[articles.Count][];
        Parallel.For(0, articles.Count, d => follows[d] = articles[d].Follows ?? follower.Follows(articles[d].Spellings));

        // 2. distinct nodes in corpus order, and the links the articles make between them
        var index = new NodeIndex();
        var nodes = new List<SpellingNode>();
        var fullOf = new List<string?>();
        var links = new List<MentionLink>();
        var nodeOf = new int[articles.Count][];
        for (int d = 0; d < articles.Count; d++)
        {
            var a = articles[d];
            nodeOf[d] = new int[a.Spellings.Count];
            for (int k = 0; k < a.Spellings.Count; k++)
            {
                var s = a.Spellings[k];
                int f = follows[d][k];
                var full = f >= 0 ? a.Spellings[f].Text : null;
                int n = index.Find(s.Text, s.Kind, full, nodes.Count);
                if (n == nodes.Count)
                {
                    nodes.Add(new SpellingNode(new MentionRef(d, a.Id, new Mention(s.First, s.First + s.Text.Length, s.Text, s.Kind))));
                    fullOf.Add(full);
                    // the link's rules are worked out only if its block is clustered (not taken from the memo)
                    if (f >= 0) links.Add(new MentionLink(-1 - f, n, []));
                }
                nodeOf[d][k] = n;
            }
            // a link's full name is a node by now (it is in the same article): point the link at it
            for (int l = links.Count - 1; l >= 0 && links[l].A < 0; l--)
                links[l] = links[l] with { A = nodeOf[d][-1 - links[l].A] };
        }

        // each node's uses, in corpus order (lists sized first: some spellings are in most articles)
        var useCount = new int[nodes.Count];
        foreach (var ns in nodeOf) foreach (var n in ns) useCount[n]++;
        for (int n = 0; n < nodes.Count; n++) nodes[n].Uses.Capacity = useCount[n];
        for (int d = 0; d < articles.Count; d++)
            for (int k = 0; k < nodeOf[d].Length; k++) nodes[nodeOf[d][k]].Uses.Add((d, articles[d].Id, articles[d].Spellings[k].Count));

        // 3. blocks no rule crosses, each partitioned on its own (or taken from the memo)
        var blocks = Blocks(nodes, links, memo);
        var linksOf = links.GroupBy(l => blocks.BlockOf[l.A]).ToDictionary(g => g.Key, g => g.ToList());
        var parts = new NodePartition[blocks.Members.Count];
        Parallel.For(0, blocks.Members.Count, b =>
        {
            var members = blocks.Members[b];
            var local = new Dictionary<int, int>(members.Count);
            for (int i = 0; i < members.Count; i++) local[members[i]] = i;
            var sub = members.Select(n => nodes[n]).ToList();
            var subLinks = linksOf.TryGetValue(b, out var ls) ? ls.Select(l => l with { A = local[l.A], B = local[l.B] }).ToList() : [];
            NodePartition Partition() => clusterer.Partition(sub, subLinks.ConvertAll(l => l with { Rules = follower.Match(sub[l.B].First.Text, fullOf[members[l.B]]!)! }));
            parts[b] = memo is null ? Partition() : memo.Get(Signature(members, nodes, fullOf, subLinks), Partition);
        });

        var groups = new List<IReadOnlyList<int>>();
        var merges = new List<IReadOnlyList<MergeReason>>();
        for (int b = 0; b < parts.Length; b++)
        {
            var (byGroup, mergesOf) = Groups(blocks.Members[b], parts[b], nodes);
            groups.AddRange(byGroup);
            merges.AddRange(mergesOf);
        }
        var (entities, entityOfNode) = clusterer.Entities(nodes, groups, merges, (kind, text) => Facts(text, kind, memo).Full);
        var entityOf = new string[articles.Count][];
        for (int d = 0; d < articles.Count; d++)
            entityOf[d] = Array.ConvertAll(nodeOf[d], n => entityOfNode[n]);
        return (entities, entityOf, nodeOf);
    }

    // Node numbers by (spelling, kind, the full name a lone one follows): by spelling (a string key hashes fastest), or
    // by spelling and full name for a lone one, then along the short chain of the kinds seen with that key.
    private sealed class NodeIndex
    {
        private readonly Dictionary<string, int> _bySpelling = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), int> _byFollower = new();
        private readonly List<(MentionKind Kind, int Node, int Next)> _chain = [];

        // The node of the key, or <paramref name="next"/> (then recorded as its node) when new.
        public int Find(string text, MentionKind kind, string? full, int next)
        {
            ref int head = ref full is null
                ? ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_bySpelling, text, out bool exists)
                : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byFollower, (text, full), out exists);
            int at = exists ? head : -1;
            for (int i = at; i >= 0; i = _chain[i].Next)
                if (_chain[i].Kind == kind) return _chain[i].Node;
            _chain.Add((kind, next, at));
            head = _chain.Count - 1;
            return next;
        }
    }

    // A block's groups (node indexes) and each group's merge reasons in order: those whose two spellings it holds.
    private static (List<int>[] Groups, List<MergeReason>[] Merges) Groups(List<int> members, NodePartition part, List<SpellingNode> nodes)
    {
        int count = part.Group.Max() + 1;
        var groups = new List<int>[count];
        var merges = new List<MergeReason>[count];
        var groupsOfText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < members.Count; i++)
        {
            int g = part.Group[i];
            (groups[g] ??= []).Add(members[i]);
            merges[g] ??= [];
            var text = nodes[members[i]].First.Text;
            if (!groupsOfText.TryGetValue(text, out var list)) groupsOfText[text] = list = [];
            if (!list.Contains(g)) list.Add(g);
        }
        foreach (var r in part.Reasons)
            if (groupsOfText.TryGetValue(r.A, out var withA) && groupsOfText.TryGetValue(r.B, out var withB))
                foreach (var g in withA)
                    if (withB.Contains(g)) merges[g].Add(r);
        return (groups, merges);
    }

    // The blocks of nodes (each a list of node indexes, ascending; blocks in order of their first node).
    private (List<List<int>> Members, int[] BlockOf) Blocks(List<SpellingNode> nodes, List<MentionLink> links, ClusterMemo? memo)
    {
        var sets = new DisjointSets(nodes.Count);
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int n = 0; n < nodes.Count; n++)
        {
            var key = Facts(nodes[n].First.Text, nodes[n].First.Kind, memo).Block;
            if (firstWithKey.TryGetValue(key, out int f)) sets.Union(f, n);
            else firstWithKey[key] = n;
        }
        foreach (var l in links) sets.Union(l.A, l.B);
        foreach (var pinned in clusterer.PinnedTogether(nodes.Select(n => n.First).ToList()))
            foreach (var n in pinned.Skip(1)) sets.Union(pinned[0], n);
        var blockOfRoot = new Dictionary<int, int>();
        var members = new List<List<int>>();
        var blockOf = new int[nodes.Count];
        for (int n = 0; n < nodes.Count; n++)
        {
            int root = sets.Find(n);
            if (!blockOfRoot.TryGetValue(root, out int b)) { blockOfRoot[root] = b = members.Count; members.Add([]); }
            members[b].Add(n);
            blockOf[n] = b;
        }
        return (members, blockOf);
    }

    // What a block's partition depends on: its nodes (spelling, kind, the full name a lone one follows) in order, and its links.
    private static UInt128 Signature(List<int> members, List<SpellingNode> nodes, List<string?> fullOf, List<MentionLink> links)
    {
        // the bytes are gathered first and hashed in one call (a call per field costs more than the hashing)
        var bytes = new System.Buffers.ArrayBufferWriter<byte>(64 * members.Count + 16);
        void Int(int v) { System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.GetSpan(4), v); bytes.Advance(4); }
        void Str(string? s)
        {
            Int(s?.Length ?? -1);
            if (s is null) return;
            var chars = System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.AsSpan());
            chars.CopyTo(bytes.GetSpan(chars.Length));
            bytes.Advance(chars.Length);
        }
        Int(members.Count);
        foreach (var n in members) { Str(nodes[n].First.Text); Int((int)nodes[n].First.Kind); Str(fullOf[n]); }
        Int(links.Count);
        foreach (var l in links)
        {
            Int(l.A); Int(l.B); Int(l.Rules.Count);
            foreach (var r in l.Rules) Str(r);
        }
        return ContentHash.Fold(System.Security.Cryptography.SHA256.HashData(bytes.WrittenSpan));
    }
}
