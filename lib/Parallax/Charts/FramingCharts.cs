using Parallax.Frames;
using Parallax.Framing;
using Parallax.Pipeline;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Framing charts: frame categories per side and outlet, signed keyness, hedging per article, how the death is described.</summary>
public static class FramingCharts
{
    /// <summary>Labels in the outlets' own words per side and frame category (rows) and outlet (columns); hover shows the labels and a sentence.</summary>
    public static GenericChart FrameCategories(CorpusTags tags) =>
        HeatmapChart.Build(FramingDetailFrames.Categories(tags.Documents).OrderBy(c => c.Side, StringComparer.Ordinal).ThenBy(c => c.Category, StringComparer.Ordinal)
                .GroupBy(c => (c.Side, c.Category, c.Outlet)).Select(g => new HeatmapChart.Cell($"{g.Key.Side} · {g.Key.Category}", g.Key.Outlet, g.Count(),
                    HoverText.Wrap(string.Join(", ", g.Select(c => c.Label).Distinct().Take(6))) + "\n" + HoverText.Quote(g.First().Sentence))),
            "Frame categories of actor labels per outlet (outlets' own words)", "Outlet", "Side · category", "Labels");

    /// <summary>
    /// Signed G² of each group's most key and most avoided words (groups by a metadata field: "outlet", "event"...);
    /// blue is used more than the other articles, orange less. Function words are left out. Hover shows counts, p and a sentence.
    /// </summary>
    public static GenericChart Keyness(CorpusTags tags, string field = "outlet", int top = 8, KeynessOptions? options = null)
    {
        var rows = FramingDetailFrames.KeyTerms(tags.Documents, field, top, options, everyGroup: true,
            skip: FramingDetailFrames.FunctionWords(KitData.For(tags.Corpus)));
        var cells = rows.Select(r => new HeatmapChart.Cell(r.Feature, r.Group, r.G2,
            $"G² {r.G2:0.##} · p {r.P:0.####} · {r.NTarget} here, {r.NReference} elsewhere\n{HoverText.Quote(r.Example)}"));
        var chart = HeatmapChart.Build(cells, $"Key words by {field} (signed G²)", Title(field), "Word", "G²");
        return Diverging(chart, rows.Select(r => Math.Abs(r.G2)).DefaultIfEmpty(1).Max());
    }

    /// <summary>Certainty markers per thousand words of each article, stacked by kind; hover shows each marker's sentence.</summary>
    public static GenericChart HedgesPerArticle(CorpusTags tags)
    {
        var uses = FramingDetailFrames.Hedges(tags.Documents);
        var empty = tags.Documents.Where(d => d.Hedges.Count == 0).Select(d => new StackedBarChart.Segment(ArticleLabel.Of(d.Article), "none", 0));
        return StackedBarChart.Build(uses.Select(h => new StackedBarChart.Segment(h.Label, h.Kind, h.Words == 0 ? 0 : 1000.0 / h.Words,
                    HoverText.Wrap($"{h.Text}: {h.Sentence}"))).Concat(empty),
            "Certainty markers per 1,000 words", "Article", "Markers per 1,000 words", "Kind", horizontal: true);
    }

    /// <summary>Words describing the death per article (rows: lemma and connotation); hover shows the sentences.</summary>
    public static GenericChart DeathTerms(CorpusTags tags) =>
        HeatmapChart.Build(FramingDetailFrames.DeathTerms(tags.Documents).OrderBy(t => t.Connotation, StringComparer.Ordinal).ThenBy(t => t.Lemma, StringComparer.Ordinal)
                .GroupBy(t => (t.Lemma, t.Connotation, t.Label)).Select(g => new HeatmapChart.Cell($"{g.Key.Lemma} ({g.Key.Connotation})", g.Key.Label, g.Count(),
                    string.Join("\n", g.Select(t => t.Sentence).Distinct().Take(3).Select(HoverText.Quote)))),
            "How each article describes the death", "Article", "Word (connotation)", "Uses");

    private static string Title(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..].Replace('_', ' ');

    // A diverging scale centred on zero (orange below, white at zero, blue above).
    private static GenericChart Diverging(GenericChart chart, double max)
    {
        foreach (var t in GenericChart.getTraces(chart))
        {
            t.SetProperty("colorscale", new object[] { new object[] { 0.0, "#D55E00" }, new object[] { 0.5, "#f7f7f7" }, new object[] { 1.0, "#0072B2" } });
            t.SetProperty("zmid", 0);
            t.SetProperty("zmin", -max);
            t.SetProperty("zmax", max);
        }
        return chart;
    }
}
