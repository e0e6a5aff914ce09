using Parallax.Names;
using Parallax.Pipeline;

namespace Parallax.Frames;

/// <summary>Why two spellings were merged into one entity.</summary>
public sealed record MergeRow(string Entity, string Kind, string A, string B, string Rules);

/// <summary>How often one article uses one spelling of an entity, with the sentence of its first use.</summary>
public sealed record SpellingUse(string Entity, string Spelling, string Article, string Label, string Outlet, DateTime? Published,
    int Count, int FirstStart, string Sentence);

/// <summary>The spelling an outlet prefers for an entity: uses of it (with its surname alone), all the outlet's mentions of the entity, the others.</summary>
public sealed record PreferredSpellingRow(string Entity, string Outlet, string Preferred, int Uses, int Mentions, string Others);

/// <summary>Two spellings of one entity in one article, joined by a spelling rule.</summary>
public sealed record SpellingClash(string Article, string Label, string Entity, string A, string B, string Rules);

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
    /// Each outlet's preferred spelling of each entity: the full (several-word) form used most, counting with it the uses
    /// of its surname alone ("Assad" counts for "Bashar al-Assad"); ties go to the form the outlet used first. An outlet
    /// that only ever writes one-word forms prefers its most used one.
    /// </summary>
    public static IReadOnlyList<PreferredSpellingRow> Preferred(IReadOnlyList<SpellingUse> uses) =>
        uses.GroupBy(u => (u.Entity, u.Outlet)).Select(g =>
        {
            var spellings = g.GroupBy(u => u.Spelling)
                .Select(s => (Spelling: s.Key, Count: s.Sum(u => u.Count), First: s.Min(u => (u.Published ?? DateTime.MaxValue, u.Article, u.FirstStart))))
                .ToList();
            var full = spellings.Where(s => s.Spelling.Contains(' ')).ToList();
            var ranked = (full.Count > 0 ? full : spellings)
                .Select(s => (s.Spelling, Weight: s.Count + (full.Count > 0 ? spellings.Where(o => !o.Spelling.Contains(' ') && IsSurnameOf(o.Spelling, s.Spelling)).Sum(o => o.Count) : 0), s.First))
                .OrderByDescending(s => s.Weight).ThenBy(s => s.First).ToList();
            var best = ranked[0];
            return new PreferredSpellingRow(g.Key.Entity, g.Key.Outlet, best.Spelling, best.Weight, spellings.Sum(s => s.Count),
                string.Join(", ", spellings.Where(s => s.Spelling != best.Spelling).OrderByDescending(s => s.Count).Select(s => $"{s.Spelling} ×{s.Count}")));
        }).ToList();

    /// <summary>
    /// Articles that write one entity in two spellings joined by a spelling rule (transliteration, typo), not merely the
    /// surname alone or an alias.
    /// </summary>
    public static IReadOnlyList<SpellingClash> Clashes(IReadOnlyList<SpellingUse> uses, IReadOnlyList<MergeRow> merges)
    {
        var rules = merges.Where(m => m.Rules.Split("; ").Any(IsSpellingRule)).ToDictionary(m => (m.Entity, m.A, m.B), m => m.Rules);
        var clashes = new List<SpellingClash>();
        foreach (var g in uses.GroupBy(u => (u.Entity, u.Article)))
        {
            var spellings = g.Select(u => u.Spelling).Distinct().Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < spellings.Count; i++)
                for (int j = 0; j < spellings.Count; j++)
                    if (i != j && rules.TryGetValue((g.Key.Entity, spellings[i], spellings[j]), out var r))
                        clashes.Add(new SpellingClash(g.Key.Article, g.First().Label, g.Key.Entity, spellings[i], spellings[j], r));
        }
        return clashes;
    }

    /// <summary>True for a merge rule about spelling (not "surname alone", not an alias).</summary>
    public static bool IsSpellingRule(string rule) =>
        !rule.StartsWith("surname alone", StringComparison.Ordinal) && !rule.StartsWith("alias", StringComparison.Ordinal);

    // "Assad" is the surname of "Bashar al-Assad" and "Bashar Assad" (after a space or a hyphen, case ignored).
    private static bool IsSurnameOf(string word, string full) =>
        full.EndsWith(word, StringComparison.OrdinalIgnoreCase) && full.Length > word.Length && full[^(word.Length + 1)] is ' ' or '-';

    /// <summary>Each spelling's first appearance: the earliest dated article using it (undated only when no dated one does).</summary>
    public static IReadOnlyList<FirstUseRow> FirstUses(IReadOnlyList<SpellingUse> uses) =>
        uses.GroupBy(u => (u.Entity, u.Spelling)).Select(g =>
        {
            var first = g.OrderBy(u => u.Published ?? DateTime.MaxValue).ThenBy(u => u.Article, StringComparer.Ordinal).First();
            return new FirstUseRow(g.Key.Entity, g.Key.Spelling, first.Published, first.Article, first.Outlet, first.Sentence);
        }).ToList();
}
