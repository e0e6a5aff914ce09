using Parallax.Names;
using Parallax.Pipeline;

namespace Parallax.Frames;

/// <summary>Why two spellings were merged into one entity.</summary>
public sealed record MergeRow(string Entity, string Kind, string A, string B, string Rules);

/// <summary>How often one article uses one spelling of an entity, with the sentence of its first use.</summary>
public sealed record SpellingUse(string Entity, string Spelling, string Article, string Label, string Outlet, DateTime? Published,
    int Count, int FirstStart, string Sentence);

/// <summary>The spelling an outlet uses most for an entity, out of all its mentions of it, and the others it uses.</summary>
public sealed record PreferredSpellingRow(string Entity, string Outlet, string Preferred, int Uses, int Mentions, string Others);

/// <summary>Where and when a spelling first appears (undated articles come last).</summary>
public sealed record FirstUseRow(string Entity, string Spelling, DateTime? Date, string Article, string Outlet, string Sentence);

/// <summary>
/// The names layer read as spellings: merges with their rules, spelling uses per article, each outlet's preferred spelling
/// and each spelling's first appearance. Entities are those of one kind with at least <c>minSpellings</c> spellings.
/// </summary>
public static class SpellingFrames
{
    /// <summary>Entities of a kind with at least <paramref name="minSpellings"/> spellings, most mentioned first.</summary>
    public static IReadOnlyList<Entity> Entities(CorpusTags tags, MentionKind kind = MentionKind.Person, int minSpellings = 2) =>
        tags.Entities.Where(e => e.Kind == kind && e.Variants.Count >= minSpellings)
            .OrderByDescending(e => e.Variants.Sum(v => v.Total)).ThenBy(e => e.Canonical, StringComparer.Ordinal).ToList();

    /// <summary>Every merge of those entities, with the rules that justified it.</summary>
    public static IReadOnlyList<MergeRow> Merges(CorpusTags tags, MentionKind kind = MentionKind.Person, int minSpellings = 2) =>
        Entities(tags, kind, minSpellings).SelectMany(e => e.Merges.Select(m =>
            new MergeRow(e.Canonical, e.Kind.ToString().ToLowerInvariant(), m.A, m.B, string.Join("; ", m.Rules)))).ToList();

    /// <summary>Spelling × article uses of those entities, entities most mentioned first, spellings most used first.</summary>
    public static IReadOnlyList<SpellingUse> Uses(CorpusTags tags, MentionKind kind = MentionKind.Person, int minSpellings = 2)
    {
        var entities = Entities(tags, kind, minSpellings);
        var rank = entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var names = entities.ToDictionary(e => e.Id, e => e.Canonical);
        var uses = new List<SpellingUse>();
        foreach (var d in tags.Documents)
            foreach (var g in d.Mentions.Where(m => m.Entity is not null && rank.ContainsKey(m.Entity)).GroupBy(m => (m.Entity!, m.Text)))
            {
                var first = g.MinBy(m => m.Start)!;
                uses.Add(new SpellingUse(names[g.Key.Item1], g.Key.Text, d.Id, ArticleLabel.Of(d.Article), ArticleLabel.Outlet(d.Article),
                    d.Article.Metadata.PublishedDate, g.Count(), first.Start, SentenceText.At(d.Article, first.Start)));
            }
        var totals = uses.GroupBy(u => (u.Entity, u.Spelling)).ToDictionary(g => g.Key, g => g.Sum(u => u.Count));
        var entityRank = entities.ToDictionary(e => e.Canonical, e => rank[e.Id]);
        return uses.OrderBy(u => entityRank[u.Entity]).ThenByDescending(u => totals[(u.Entity, u.Spelling)])
            .ThenBy(u => u.Spelling, StringComparer.Ordinal).ThenBy(u => u.Article, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Each outlet's most used spelling of each entity; ties go to the fuller form (more characters), then to the one
    /// the outlet used first.
    /// </summary>
    public static IReadOnlyList<PreferredSpellingRow> Preferred(IReadOnlyList<SpellingUse> uses) =>
        uses.GroupBy(u => (u.Entity, u.Outlet)).Select(g =>
        {
            var bySpelling = g.GroupBy(u => u.Spelling)
                .Select(s => (Spelling: s.Key, Count: s.Sum(u => u.Count), First: s.Min(u => (u.Published ?? DateTime.MaxValue, u.FirstStart))))
                .OrderByDescending(s => s.Count).ThenByDescending(s => s.Spelling.Length).ThenBy(s => s.First).ToList();
            return new PreferredSpellingRow(g.Key.Entity, g.Key.Outlet, bySpelling[0].Spelling, bySpelling[0].Count, bySpelling.Sum(s => s.Count),
                string.Join(", ", bySpelling.Skip(1).Select(s => $"{s.Spelling} ×{s.Count}")));
        }).ToList();

    /// <summary>Each spelling's first appearance: the earliest dated article using it (undated only when no dated one does).</summary>
    public static IReadOnlyList<FirstUseRow> FirstUses(IReadOnlyList<SpellingUse> uses) =>
        uses.GroupBy(u => (u.Entity, u.Spelling)).Select(g =>
        {
            var first = g.OrderBy(u => u.Published ?? DateTime.MaxValue).ThenBy(u => u.Article, StringComparer.Ordinal).First();
            return new FirstUseRow(g.Key.Entity, g.Key.Spelling, first.Published, first.Article, first.Outlet, first.Sentence);
        }).ToList();
}
