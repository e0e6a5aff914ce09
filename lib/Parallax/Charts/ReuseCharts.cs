using Parallax.Frames;
using Parallax.Pipeline;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>The translation/reuse matrix: which article carries passages of which, hover showing the aligned passages.</summary>
public static class ReuseCharts
{
    /// <summary>Above this many articles the matrix shows only articles in a relation.</summary>
    public const int FullMatrixArticles = 40;

    /// <summary>Aligned passages shown per cell.</summary>
    public const int HoverPassages = 3;

    /// <summary>Rows: the article that carries the passages (translation, copy); columns: the article they come from; value: the relation's score.</summary>
    public static GenericChart Matrix(CorpusTags tags)
    {
        var passages = ReuseFrames.Passages(tags);
        var related = tags.Relations.SelectMany(r => new[] { r.From, r.To }).ToHashSet(StringComparer.Ordinal);
        var docs = tags.Documents.Where(d => tags.Documents.Count <= FullMatrixArticles || related.Contains(d.Id)).ToList();
        var cells = new List<HeatmapChart.Cell>();
        foreach (var from in docs)
            foreach (var to in docs)
            {
                if (to.Id == from.Id) { cells.Add(new HeatmapChart.Cell(ArticleLabel.Of(from.Article), ArticleLabel.Of(to.Article), 0, "(the same article)")); continue; }
                var rel = tags.Relations.Where(r => r.From == from.Id && r.To == to.Id).MaxBy(r => r.Score);
                string hover = rel is null ? "no relation found"
                    : $"{rel.Kind}, score {rel.Score:0.###}, {rel.Passages.Count} aligned passage(s)\n" + string.Join("\n", passages
                        .Where(p => p.From == rel.From && p.To == rel.To && p.Kind == rel.Kind).Take(HoverPassages)
                        .Select(p => HoverText.Wrap($"• {p.FromText}\n  ⇄ {p.ToText}")));
                cells.Add(new HeatmapChart.Cell(ArticleLabel.Of(from.Article), ArticleLabel.Of(to.Article), rel is null ? 0 : Math.Round(rel.Score, 3), hover));
            }
        var chart = HeatmapChart.Build(cells, "Translation and reuse between articles", "Source article", "Article carrying the passages", "Score");
        GenericChart.getLayout(chart).SetProperty("height", Math.Max(480, 300 + 36 * docs.Count));
        return chart;
    }
}
