using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Events on a time axis: one row (lane) per e.g. outlet, one colour per group (e.g. event), hover shows the label.</summary>
public static class TimelineChart
{
    /// <summary>One dot: when, in which lane, in which colour group, and what the hover says. Undated points are listed in the data but not drawn.</summary>
    public sealed record Point(DateTime? Date, string Lane, string Group, string Label);

    /// <summary>Builds the chart and attaches its data (all points) for CSV export.</summary>
    public static GenericChart Build(IEnumerable<Point> points, string title, string laneTitle = "Outlet", string groupTitle = "Event", string timeTitle = "Published")
    {
        var all = points.ToList();
        var dated = all.Where(p => p.Date is not null).ToList();
        var groups = dated.Select(p => p.Group).Distinct().ToList();
        var traces = groups.Select((g, i) =>
        {
            var ps = dated.Where(p => p.Group == g).OrderBy(p => p.Date).ToList();
            var t = new Trace2D("scatter");
            t.SetProperty("name", HtmlText.Label(g));
            t.SetProperty("mode", "markers");
            t.SetProperty("x", ps.Select(p => TableData.Text(p.Date)).ToArray());
            t.SetProperty("y", ps.Select(p => HtmlText.Label(p.Lane)).ToArray());
            t.SetProperty("text", ps.Select(p => $"<b>{HtmlText.Label(p.Label)}</b><br>{HtmlText.Label(p.Lane)} · {TableData.Text(p.Date)}<br>{HtmlText.Label(groupTitle)}: {HtmlText.Label(p.Group)}").ToArray());
            t.SetProperty("hovertemplate", "%{text}<extra></extra>");
            t.SetProperty("marker", new Dictionary<string, object> { ["size"] = 14, ["color"] = Palette.Colour(i), ["line"] = new Dictionary<string, object> { ["width"] = 1, ["color"] = "#333333" } });
            return (Trace)t;
        }).ToList();
        var missing = all.Count - dated.Count;
        var layout = ChartTheme.Layout(title, timeTitle, laneTitle, height: Math.Max(350, 120 + 45 * dated.Select(p => p.Lane).Distinct().Count())).WithLegendTitle(groupTitle);
        if (missing > 0)
            layout.SetProperty("annotations", new[] { new Dictionary<string, object> {
                ["text"] = $"{missing} of {all.Count} without a date (not drawn)", ["xref"] = "paper", ["yref"] = "paper",
                ["x"] = 1, ["y"] = 1.08, ["showarrow"] = false, ["xanchor"] = "right", ["font"] = ChartTheme.Font(12) } });
        var yaxis = ChartTheme.Axis(laneTitle);
        yaxis["type"] = "category";
        layout.SetProperty("yaxis", yaxis);
        var xaxis = ChartTheme.Axis(timeTitle);
        xaxis["type"] = "date";
        layout.SetProperty("xaxis", xaxis);
        layout.SetProperty("showlegend", true);
        return ChartData.Attach(ChartTheme.Chart(traces, layout), TableData.FromRecords(all));
    }
}
