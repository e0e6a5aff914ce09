using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>
/// Events on a time axis: one row (lane) per e.g. outlet, one colour per group (e.g. event), hover shows the label.
/// Groups far apart in time (two events years apart) get a time axis each, side by side, instead of one axis that is
/// mostly empty.
/// </summary>
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
        var panels = Panels(dated);
        var traces = groups.Select((g, i) =>
        {
            var ps = dated.Where(p => p.Group == g).OrderBy(p => p.Date).ToList();
            var t = new Trace2D("scatter");
            if (panels is not null && panels.IndexOf(g) > 0) t.SetProperty("xaxis", "x" + (panels.IndexOf(g) + 1));
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
        if (panels is null)
        {
            var xaxis = ChartTheme.Axis(timeTitle);
            xaxis["type"] = "date";
            layout.SetProperty("xaxis", xaxis);
        }
        else
            for (int k = 0; k < panels.Count; k++)
            {
                var xaxis = ChartTheme.Axis($"{timeTitle} ({panels[k]})");
                xaxis["type"] = "date";
                xaxis["domain"] = new[] { (double)k / panels.Count + (k > 0 ? 0.03 : 0), (double)(k + 1) / panels.Count - (k + 1 < panels.Count ? 0.03 : 0) };
                xaxis["anchor"] = "y";
                layout.SetProperty(k == 0 ? "xaxis" : "xaxis" + (k + 1), xaxis);
            }
        layout.SetProperty("showlegend", true);
        return ChartData.Attach(ChartTheme.Chart(traces, layout), TableData.FromRecords(all));
    }

    /// <summary>
    /// The groups in time order when each deserves its own time axis: two or more groups whose date ranges do not
    /// overlap and are separated by gaps of over 30 days and over three times the longest range; otherwise null.
    /// </summary>
    public static List<string>? Panels(IReadOnlyList<Point> dated)
    {
        var ranges = dated.GroupBy(p => p.Group).Select(g => (Group: g.Key, From: g.Min(p => p.Date!.Value), To: g.Max(p => p.Date!.Value)))
            .OrderBy(r => r.From).ToList();
        if (ranges.Count < 2 || ranges.Count > 4) return null;
        var longest = ranges.Max(r => r.To - r.From);
        for (int i = 1; i < ranges.Count; i++)
        {
            var gap = ranges[i].From - ranges[i - 1].To;
            if (gap <= TimeSpan.FromDays(30) || gap <= 3 * longest) return null;
        }
        return ranges.ConvertAll(r => r.Group);
    }
}
