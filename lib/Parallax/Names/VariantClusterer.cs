using Parallax.Names.Clustering;
using Parallax.Names.Keys;
using Parallax.Pipeline;

namespace Parallax.Names;

/// <summary>
/// Corpus step that groups the mentions of all articles into entities (<see cref="CorpusTags.Entities"/>) and sets
/// <see cref="Mention.Entity"/>: persons by <see cref="PersonLinker"/>, organisations, places and outlets by
/// <see cref="KeyLinker"/>, with the user's pins and forbids (<c>aliases.yaml</c>). Different kinds never merge.
/// Every merge of two spellings keeps the rules that made them equal.
/// </summary>
public sealed class VariantClusterer : ICorpusStep
{
    private readonly NameLexicon _lexicon;
    private readonly NameMatcher _matcher;
    private readonly AliasOverrides _overrides;
    private readonly CorpusSurnameFinder _surnames;
    private readonly PersonLinker _persons;
    private readonly KeyLinker _keys;

    public string Name => "name variants";

    public VariantClusterer(KitData data)
    {
        _lexicon = NameLexicon.For(data);
        _matcher = NameMatcher.For(data);
        _overrides = AliasOverrides.For(data);
        _surnames = new CorpusSurnameFinder(_lexicon, _matcher, ArabicSkeleton.For(data));
        _persons = new PersonLinker(_matcher, new AliasPatternLinker(_lexicon));
        _keys = new KeyLinker(_lexicon, _matcher.Keys, new AcronymExpansionLinker(_lexicon));
    }

    public CorpusTags Apply(CorpusTags tags)
    {
        var docs = _surnames.AddSurnames(tags.Documents);
        var all = new List<MentionRef>();
        for (int d = 0; d < docs.Count; d++)
            foreach (var m in docs[d].Mentions) all.Add(new MentionRef(d, docs[d].Id, m));

        var (entities, entityOf) = Cluster(all, docs.Count, d => docs[d].Text, _ => 1);

        var updated = new List<Document>(docs.Count);
        int k = 0;
        foreach (var d in docs)
        {
            var ms = new List<Mention>(d.Mentions.Count);
            foreach (var m in d.Mentions) ms.Add(m with { Entity = entityOf[k++] });
            updated.Add(d with { Mentions = ms });
        }
        return tags with { Documents = updated, Entities = entities };
    }

    /// <summary>
    /// Groups mentions (document index, article id, mention) into entities: <paramref name="textOf"/> gives a
    /// document's text (null: spellings only, without the aliases and acronyms a text gives); <paramref name="useCount"/>
    /// how many uses a mention stands for (1 for a mention; its count for one spelling of an article summary).
    /// Returns the entities and each mention's entity id.
    /// </summary>
    public (List<Entity> Entities, string[] EntityOf) Cluster(IReadOnlyList<MentionRef> all, int documents, Func<int, string?> textOf, Func<int, int> useCount) =>
        Cluster(all, documents, textOf, null, _ => 1, i => [(all[i].Doc, all[i].Article, useCount(i))]);

    /// <summary>
    /// Groups spelling nodes into entities, as <see cref="Cluster(IReadOnlyList{MentionRef}, int, Func{int, string?}, Func{int, int})"/>
    /// does for mentions but once per node (a spelling, or a lone surname with the full name it follows in its
    /// articles) instead of once per use: the corpus rules see each node once, and <paramref name="localLinks"/> carry
    /// what each article says (lone surname B belongs to full name A). Returns the entities and each node's entity id.
    /// </summary>
    public (List<Entity> Entities, string[] EntityOf) Cluster(IReadOnlyList<SpellingNode> nodes, IReadOnlyList<MentionLink> localLinks) =>
        Cluster(nodes.Select(n => n.First).ToList(), 0, _ => null, localLinks, i => nodes[i].Uses.Count, i => nodes[i].Uses);

    private (List<Entity> Entities, string[] EntityOf) Cluster(IReadOnlyList<MentionRef> all, int documents, Func<int, string?> textOf,
        IReadOnlyList<MentionLink>? localLinks, Func<int, int> weight, Func<int, IEnumerable<(int Doc, string Article, int Uses)>> uses)
    {
        var clusters = Link(all, documents, textOf, localLinks);
        return Build(all, clusters.Entities, clusters.Reasons.Select(r => new MergeReason(r.Key.A, r.Key.B, r.Value)), weight, uses);
    }

    /// <summary>
    /// The groups the rules make of spelling nodes, without naming them: <see cref="NodePartition.Group"/> numbers each
    /// node's group (groups numbered in order of their first node) and the merge reasons in the order they were found.
    /// Nodes that share no block key (<see cref="Facts"/>; directly or through other nodes, local links or pins) never meet,
    /// so a corpus may be partitioned block by block and the results joined with <see cref="Entities"/>.
    /// </summary>
    public NodePartition Partition(IReadOnlyList<SpellingNode> nodes, IReadOnlyList<MentionLink> localLinks)
    {
        var all = nodes.Select(n => n.First).ToList();
        var clusters = Link(all, 0, _ => null, localLinks);
        var group = new int[all.Count];
        int next = 0;
        var groupOfRoot = new Dictionary<int, int>();
        for (int i = 0; i < all.Count; i++)
        {
            int root = clusters.Find(i);
            if (!groupOfRoot.TryGetValue(root, out int g)) groupOfRoot[root] = g = next++;
            group[i] = g;
        }
        return new NodePartition(group, [.. clusters.Reasons.Select(r => new MergeReason(r.Key.A, r.Key.B, r.Value))]);
    }

    /// <summary>
    /// A mention's block key, which says which nodes the rules could ever join: a person by the skeleton of its last
    /// name word (the blocks of <see cref="PersonLinker"/>), others by their grouping key (<see cref="KeyLinker"/>);
    /// local links and the pins of aliases.yaml join blocks too (<see cref="PinnedTogether"/>). And whether the mention
    /// is a full name (for persons: two name words or more).
    /// </summary>
    public (string Block, bool Full) Facts(MentionRef m)
    {
        if (m.Kind != MentionKind.Person) return ("K:" + _keys.Key(m).Key, IsFull(m.Kind, m.Text));
        var name = _matcher.Parse(m.Text);
        return ("P:" + (name.Tokens is { Count: > 0 } t ? t[^1].Key.Skeleton : ""), name.IsFull);
    }

    /// <summary>For each pin of aliases.yaml, the indexes of the nodes it holds (they may be joined whatever their blocks).</summary>
    public IEnumerable<List<int>> PinnedTogether(IReadOnlyList<MentionRef> all) =>
        _overrides.Pins.Select(pin => Enumerable.Range(0, all.Count).Where(i => pin.Contains(TextFold.Fold(all[i].Text))).ToList()).Where(h => h.Count > 1);

    /// <summary>
    /// Names the groups of nodes as entities; <paramref name="mergesOfGroup"/> holds each group's merge reasons in order
    /// (those of its block whose two spellings are both in the group). Returns each node's entity id.
    /// <paramref name="isFull"/>, when given, says which spellings are full names (as <see cref="Facts"/> does) without parsing them again.
    /// </summary>
    public (List<Entity> Entities, string[] EntityOf) Entities(IReadOnlyList<SpellingNode> nodes, IReadOnlyList<IReadOnlyList<int>> groups,
        IReadOnlyList<IReadOnlyList<MergeReason>> mergesOfGroup, Func<MentionKind, string, bool>? isFull = null) =>
        Build(nodes.Select(n => n.First).ToList(), groups, [], i => nodes[i].Uses.Count, i => nodes[i].Uses, isFull, mergesOfGroup);

    private ClusterBuilder Link(IReadOnlyList<MentionRef> all, int documents, Func<int, string?> textOf, IReadOnlyList<MentionLink>? localLinks)
    {
        var clusters = new ClusterBuilder(all, _overrides);
        _persons.Link(clusters, all, textOf, localLinks);
        _keys.Link(clusters, all, documents, textOf);
        Pin(clusters, all);
        return clusters;
    }

    private (List<Entity> Entities, string[] EntityOf) Build(IReadOnlyList<MentionRef> all, IEnumerable<IReadOnlyList<int>> groups,
        IEnumerable<MergeReason> reasons, Func<int, int> weight, Func<int, IEnumerable<(int Doc, string Article, int Uses)>> uses,
        Func<MentionKind, string, bool>? isFull = null, IReadOnlyList<IReadOnlyList<MergeReason>>? mergesOfGroup = null)
    {
        isFull ??= IsFull;
        // merge reasons by spelling, so each entity looks up its own (not every reason of the corpus)
        var reasonsOf = new Dictionary<string, List<(int Order, MergeReason Reason)>>(StringComparer.Ordinal);
        int order = 0;
        foreach (var r in reasons)
        {
            if (!reasonsOf.TryGetValue(r.A, out var list)) reasonsOf[r.A] = list = [];
            list.Add((order++, r));
        }
        // each group named on its own (in parallel), then ids given in order of the groups' first mentions
        var groupList = groups.ToList();
        var named = new (List<int> Members, MentionKind Kind, string Canonical, string Slug, List<Variant> Variants, List<MergeReason> Merges)[groupList.Count];
        Parallel.For(0, groupList.Count, g =>
        {
            var members = groupList[g].Order().ToList();
            var refs = members.ConvertAll(i => all[i]);
            var kind = refs[0].Kind;
            var canonical = EntityNaming.Canonical(kind, refs, t => isFull(kind, t), Preferred(kind, refs), members.ConvertAll(i => weight(i)));
            var variants = Variants(members, all, uses);
            named[g] = (members, kind, canonical, EntityNaming.Slug(canonical), variants, mergesOfGroup is not null ? [.. mergesOfGroup[g]] : Merges(variants, reasonsOf));
        });
        var entities = new List<Entity>(groupList.Count);
        var entityOf = new string[all.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in named.OrderBy(x => (all[x.Members[0]].Doc, all[x.Members[0]].Mention.Start)))
        {
            var id = x.Slug;
            for (int n = 2; !used.Add(id); n++) id = x.Slug + "-" + n;
            entities.Add(new Entity(id, x.Kind, x.Canonical, x.Variants, x.Merges));
            foreach (var i in x.Members) entityOf[i] = id;
        }

        return (entities, entityOf);
    }

    // The reasons recorded between two spellings of one entity, in the order they were found.
    private static List<MergeReason> Merges(List<Variant> variants, Dictionary<string, List<(int Order, MergeReason Reason)>> reasonsOf)
    {
        if (variants.Count < 2) return [];
        var texts = new HashSet<string>(variants.Count, StringComparer.Ordinal);
        foreach (var v in variants) texts.Add(v.Text);
        var found = new List<(int Order, MergeReason Reason)>();
        foreach (var v in variants)
            if (reasonsOf.TryGetValue(v.Text, out var list))
                foreach (var x in list)
                    if (texts.Contains(x.Reason.B)) found.Add(x);
        found.Sort((x, y) => x.Order.CompareTo(y.Order));
        return found.ConvertAll(x => x.Reason);
    }

    // One variant per spelling with its uses per article (articles in corpus order), most used first, then by spelling.
    private static List<Variant> Variants(List<int> members, IReadOnlyList<MentionRef> all, Func<int, IEnumerable<(int Doc, string Article, int Uses)>> uses)
    {
        var byText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in members)
        {
            if (!byText.TryGetValue(all[i].Text, out var list)) byText[all[i].Text] = list = [];
            list.Add(i);
        }
        var variants = new List<(Variant Variant, int Total)>(byText.Count);
        foreach (var (text, ids) in byText)
        {
            var each = ids.Count == 1 && uses(ids[0]) is List<(int Doc, string Article, int Uses)> one && IsSortedByDoc(one) ? one : ids.SelectMany(uses).ToList();
            // stable order by document (uses of one document are one article's, summed below)
            if (ids.Count > 1 || !IsSortedByDoc(each)) each = [.. each.OrderBy(u => u.Doc)];
            int total = 0;
            foreach (var u in each) total += u.Uses;
            variants.Add((new Variant(text, new ArticleCounts(each, total)), total));
        }
        variants.Sort((x, y) => x.Total != y.Total ? y.Total.CompareTo(x.Total) : string.CompareOrdinal(x.Variant.Text, y.Variant.Text));
        return variants.ConvertAll(v => v.Variant);
    }

    private static bool IsSortedByDoc(List<(int Doc, string Article, int Uses)> uses)
    {
        for (int i = 1; i < uses.Count; i++)
            if (uses[i].Doc < uses[i - 1].Doc) return false;
        return true;
    }

    private void Pin(ClusterBuilder clusters, IReadOnlyList<MentionRef> all)
    {
        foreach (var pin in _overrides.Pins)
        {
            var hits = Enumerable.Range(0, all.Count).Where(i => pin.Contains(TextFold.Fold(all[i].Text))).ToList();
            foreach (var i in hits.Skip(1)) clusters.Join(hits[0], i, ["pinned in aliases.yaml"]);
        }
    }

    private bool IsFull(MentionKind kind, string text) => kind switch
    {
        MentionKind.Person => _matcher.Parse(text).IsFull,
        MentionKind.Organisation or MentionKind.Outlet => !(TextFold.IsAllCaps(text) && !text.Contains(' ')),
        _ => true,
    };

    private string? Preferred(MentionKind kind, IReadOnlyList<MentionRef> refs) => kind switch
    {
        MentionKind.Place => refs.Select(r => _lexicon.FindPlace(r.Text)?.Name).FirstOrDefault(n => n is not null),
        MentionKind.Outlet => refs.Select(r => _lexicon.Outlets.Find(r.Text)?.Name).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
