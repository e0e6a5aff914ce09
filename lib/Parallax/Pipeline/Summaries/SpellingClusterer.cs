using Parallax.Names;
using Parallax.Names.Clustering;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// Entity clustering over article summaries: each distinct spelling of an article stands for its uses (at its first
/// position), and the <see cref="VariantClusterer"/> rules run on spellings alone. Rules that need the text (aliases
/// and acronyms given in parentheses, lone surnames found beyond the tagged mentions) are left out.
/// </summary>
public sealed class SpellingClusterer(VariantClusterer clusterer)
{
    public static SpellingClusterer For(KitData data) => new(new VariantClusterer(data));

    /// <summary>The entities, and the entity id of each article's spellings.</summary>
    public (List<Entity> Entities, string[][] EntityOf) Cluster(IReadOnlyList<ArticleSummary> articles)
    {
        var all = new List<MentionRef>();
        var counts = new List<int>();
        for (int d = 0; d < articles.Count; d++)
            foreach (var s in articles[d].Spellings)
            {
                all.Add(new MentionRef(d, articles[d].Id, new Mention(s.First, s.First + s.Text.Length, s.Text, s.Kind)));
                counts.Add(s.Count);
            }
        var (entities, flat) = clusterer.Cluster(all, articles.Count, _ => null, i => counts[i]);
        var entityOf = new string[articles.Count][];
        int k = 0;
        for (int d = 0; d < articles.Count; d++)
        {
            entityOf[d] = new string[articles[d].Spellings.Count];
            for (int j = 0; j < entityOf[d].Length; j++) entityOf[d][j] = flat[k++];
        }
        return (entities, entityOf);
    }
}
