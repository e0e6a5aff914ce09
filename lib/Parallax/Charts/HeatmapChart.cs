using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>A matrix of values coloured on one sequential scale, e.g. spelling × article.</summary>
public static class HeatmapChart
{
    /// <summary>One cell: row, column, value and an optional hover line (e.g. the sentence behind the value).</summary>
    public sealed record Cell(string Row, string Column, double Value, string? Hover = null);

    /// <summary>Builds the chart and attaches its data for CSV export. Rows and columns keep their first-seen order; missing cells are blank.</summary>
    public static GenericChart Build(IEnumerable<Cell> cells, string title, string columnTitle, string rowTitle, string valueTitle = "")
    {
        var all = cells.ToList();
        var rows = all.Select(c => c.Row).Distinct().ToList();
        var cols = all.Select(c => c.Column).Distinct().ToList();
        var z = rows.Select(r => cols.Select(c => all.Where(x => x.Row == r && x.Column == c).Select(x => x.Value).ToList() is { Count: > 0 } v ? v.Sum() : (double?)null).ToArray()).ToArray();
        var text = rows.Select(r => cols.Select(c =>
        {
            var hover = string.Join("<br>", all.Where(x => x.Row == r && x.Column == c && x.Hover is not null).Select(x => HtmlText.Label(x.Hover)));
            return $"<b>{HtmlText.Label(r)}</b> × {HtmlText.Label(c)}" + (hover.Length > 0 ? "<br>" + hover : "");
        }).ToArray()).ToArray();
        var t = new Trace2D("heatmap");
        t.SetProperty("x", cols.Select(HtmlText.Label).ToArray());
        t.SetProperty("y", rows.Select(HtmlText.Label).ToArray());
        t.SetProperty("z", z);
        t.SetProperty("text", text);
        t.SetProperty("hovertemplate", "%{text}<br>" + HtmlText.Label(valueTitle) + " %{z}<extra></extra>");
        t.SetProperty("colorscale", Palette.Sequential);
        // the smallest count must stay visible against an empty cell, and small grids print their numbers
        t.SetProperty("zmin", 0);
        if (rows.Count * cols.Count <= 400) t.SetProperty("texttemplate", "%{z}");
        t.SetProperty("xgap", 2);
        t.SetProperty("ygap", 2);
        t.SetProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = HtmlText.Label(valueTitle) } });
        var layout = ChartTheme.Layout(title, columnTitle, rowTitle, height: Math.Max(350, 150 + 30 * rows.Count));
        return ChartData.Attach(ChartTheme.Chart([t], layout), TableData.FromRecords(all));
    }
}
