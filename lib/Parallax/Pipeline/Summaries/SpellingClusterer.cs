using System.Collections.Concurrent;
using Parallax.Names;
using Parallax.Names.Clustering;
using Parallax.Names.Keys;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// Entity clustering over article summaries, by the <see cref="VariantClusterer"/> rules on spellings alone (rules that
/// need the text — aliases and acronyms given in parentheses, lone surnames found beyond the tagged mentions — are left
/// out). Each article first ties its lone surnames to the full name they follow (in parallel); the corpus rules then
/// run once per distinct node (spelling, or lone surname with its full name), not once per article, so time and memory
/// grow with the number of distinct spellings, not with the corpus.
/// </summary>
public sealed class SpellingClusterer(VariantClusterer clusterer, NameMatcher matcher)
{
    public static SpellingClusterer For(KitData data) => new(new VariantClusterer(data), NameMatcher.For(data));

    private readonly ConcurrentDictionary<string, PersonName> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), IReadOnlyList<string>?> _matches = new();

    /// <summary>The entities, and the entity id of each article's spellings.</summary>
    public (List<Entity> Entities, string[][] EntityOf) Cluster(IReadOnlyList<ArticleSummary> articles)
    {
        // 1. per article: the full spelling (index) each lone person spelling follows, or -1
        var follows = new int[articles.Count][];
        Parallel.For(0, articles.Count, d => follows[d] = Follows(articles[d]));

        // 2. distinct nodes in corpus order, and the links the articles make between them
        var index = new Dictionary<(string Text, MentionKind Kind, string? Full), int>();
        var nodes = new List<SpellingNode>();
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
                var key = (s.Text, s.Kind, f >= 0 ? a.Spellings[f].Text : null);
                if (!index.TryGetValue(key, out int n))
                {
                    index[key] = n = nodes.Count;
                    nodes.Add(new SpellingNode(new MentionRef(d, a.Id, new Mention(s.First, s.First + s.Text.Length, s.Text, s.Kind))));
                    if (f >= 0) links.Add(new MentionLink(-1 - f, n, Match(s.Text, key.Item3!)!));
                }
                nodes[n].Uses.Add((d, a.Id, s.Count));
                nodeOf[d][k] = n;
            }
            // a link's full name is a node by now (it is in the same article): point the link at it
            for (int l = links.Count - 1; l >= 0 && links[l].A < 0; l--)
                links[l] = links[l] with { A = nodeOf[d][-1 - links[l].A] };
        }

        var (entities, entityOfNode) = clusterer.Cluster(nodes, links);
        var entityOf = new string[articles.Count][];
        for (int d = 0; d < articles.Count; d++)
            entityOf[d] = Array.ConvertAll(nodeOf[d], n => entityOfNode[n]);
        return (entities, entityOf);
    }

    // For each spelling of the article: the full person spelling a lone one follows (as PersonLinker does in a text).
    private int[] Follows(ArticleSummary a)
    {
        var result = new int[a.Spellings.Count];
        Array.Fill(result, -1);
        var full = new List<int>();
        for (int k = 0; k < a.Spellings.Count; k++)
            if (a.Spellings[k].Kind == MentionKind.Person && Name(a.Spellings[k].Text).IsFull) full.Add(k);
        if (full.Count == 0) return result;
        full.Sort((x, y) => a.Spellings[x].First.CompareTo(a.Spellings[y].First));
        for (int k = 0; k < a.Spellings.Count; k++)
        {
            var s = a.Spellings[k];
            if (s.Kind != MentionKind.Person || Name(s.Text).IsFull) continue;
            result[k] = PersonLinker.NearestFull(s.First, full, f => a.Spellings[f].First, f => Match(s.Text, a.Spellings[f].Text) is not null);
        }
        return result;
    }

    private PersonName Name(string text) => _names.GetOrAdd(text, matcher.Parse);

    private IReadOnlyList<string>? Match(string lone, string full) =>
        _matches.GetOrAdd((lone, full), k => matcher.NamesMatch(Name(k.Item1), Name(k.Item2)));
}
