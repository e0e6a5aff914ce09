using Parallax.Frames;
using Parallax.Names;
using Parallax.Pipeline;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Naming-variant charts: spelling × article, each outlet's spellings, and when each spelling first appears.</summary>
public static class NamesCharts
{
    /// <summary>The row label of a spelling: "Entity · spelling".</summary>
    public static string RowOf(string entity, string spelling) => $"{entity} · {spelling}";

    /// <summary>How often each article uses each spelling of entities with several spellings; hover shows the sentence of the first use.</summary>
    public static GenericChart SpellingByArticle(CorpusTags tags, MentionKind kind = MentionKind.Person, int minSpellings = 2) =>
        HeatmapChart.Build(SpellingFrames.Uses(tags, kind, minSpellings).Select(u =>
                new HeatmapChart.Cell(RowOf(u.Entity, u.Spelling), u.Label, u.Count, HoverText.Quote(u.Sentence))),
            $"Spellings of each {Noun(kind)} per article", "Article", "Entity · spelling", "Mentions");

    /// <summary>
    /// Each outlet's share of an entity's mentions that use each spelling (100 % = the outlet always writes it so); hover
    /// marks the outlet's preferred spelling and shows a sentence.
    /// </summary>
    public static GenericChart SpellingShareByOutlet(CorpusTags tags, MentionKind kind = MentionKind.Person, int minSpellings = 2)
    {
        var uses = SpellingFrames.Uses(tags, kind, minSpellings);
        var preferred = SpellingFrames.Preferred(uses).ToDictionary(p => (p.Entity, p.Outlet), p => p);
        var cells = uses.GroupBy(u => (u.Entity, u.Spelling, u.Outlet)).Select(g =>
        {
            var p = preferred[(g.Key.Entity, g.Key.Outlet)];
            int n = g.Sum(u => u.Count);
            var mark = p.Preferred == g.Key.Spelling ? "preferred spelling" : $"preferred: {p.Preferred}";
            return new HeatmapChart.Cell(RowOf(g.Key.Entity, g.Key.Spelling), g.Key.Outlet, Math.Round(100.0 * n / p.Mentions, 1),
                $"{n} of {p.Mentions} mentions · {mark}\n" + HoverText.Quote(g.First().Sentence));
        });
        return HeatmapChart.Build(cells, "Each outlet's spellings (share of its mentions, %)", "Outlet", "Entity · spelling", "% of mentions");
    }

    /// <summary>When each spelling first appears (earliest dated article using it), one lane per spelling, coloured by entity.</summary>
    public static GenericChart FirstAppearance(CorpusTags tags, MentionKind kind = MentionKind.Person, int minSpellings = 2) =>
        TimelineChart.Build(SpellingFrames.FirstUses(SpellingFrames.Uses(tags, kind, minSpellings)).OrderBy(f => f.Date ?? DateTime.MaxValue)
                .Select(f => new TimelineChart.Point(f.Date, RowOf(f.Entity, f.Spelling), f.Entity, $"{f.Spelling} — {f.Outlet}\n{HoverText.Quote(f.Sentence)}")),
            "When each spelling first appears", "Entity · spelling", Noun(kind), "First published");

    private static string Noun(MentionKind kind) => kind.ToString().ToLowerInvariant();
}
