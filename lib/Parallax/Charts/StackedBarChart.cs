using System.Globalization;
using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Bars split into stacked segments: one bar per category, one colour per series.</summary>
public static class StackedBarChart
{
    /// <summary>One segment: its bar (category), its colour (series), its size and an optional hover line.</summary>
    public sealed record Segment(string Category, string Series, double Value, string? Hover = null);

    /// <summary>
    /// Builds the chart and attaches its data for CSV export. Categories and series keep their first-seen order.
    /// With <paramref name="share"/> each bar shows shares summing to 100 % instead of values; <paramref name="seriesOrder"/>
    /// fixes the order of series (others follow), <paramref name="colours"/> fixes a series' colour (others take the palette's).
    /// </summary>
    public static GenericChart Build(IEnumerable<Segment> segments, string title, string categoryTitle, string valueTitle,
        string seriesTitle = "", bool horizontal = false, bool share = false,
        IReadOnlyList<string>? seriesOrder = null, IReadOnlyDictionary<string, string>? colours = null)
    {
        var all = segments.ToList();
        var categories = all.Select(s => s.Category).Distinct().ToList();
        var seen = all.Select(s => s.Series).Distinct().ToList();
        var series = (seriesOrder ?? []).Where(seen.Contains).Concat(seen.Where(s => seriesOrder?.Contains(s) != true)).ToList();
        var totals = categories.ToDictionary(c => c, c => all.Where(s => s.Category == c).Sum(s => s.Value));
        var traces = series.Select((name, i) =>
        {
            var values = categories.Select(c => all.Where(s => s.Category == c && s.Series == name).Sum(s => s.Value))
                .Select((v, k) => share ? (totals[categories[k]] == 0 ? 0 : 100 * v / totals[categories[k]]) : v).ToArray();
            var hovers = categories.Select((c, k) =>
            {
                var extra = string.Join("<br>", all.Where(s => s.Category == c && s.Series == name && s.Hover is not null).Select(s => HtmlText.Label(s.Hover)));
                var shown = values[k].ToString(share ? "0.#'%'" : "0.##", CultureInfo.InvariantCulture);
                return $"<b>{HtmlText.Label(name)}</b>: {shown}<br>{HtmlText.Label(c)}" + (extra.Length > 0 ? "<br>" + extra : "");
            }).ToArray();
            var t = new Trace2D("bar");
            t.SetProperty("name", HtmlText.Label(name));
            var labels = categories.Select(HtmlText.Label).ToArray();
            t.SetProperty(horizontal ? "y" : "x", labels);
            t.SetProperty(horizontal ? "x" : "y", values);
            if (horizontal) t.SetProperty("orientation", "h");
            t.SetProperty("text", hovers);
            t.SetProperty("textposition", "none");
            t.SetProperty("hovertemplate", "%{text}<extra></extra>");
            t.SetProperty("marker", new Dictionary<string, object> { ["color"] = colours?.GetValueOrDefault(name) ?? Palette.Colour(i) });
            return (Trace)t;
        }).ToList();
        var valueAxis = share ? valueTitle + " (%)" : valueTitle;
        var layout = horizontal
            ? ChartTheme.Layout(title, valueAxis, categoryTitle, height: Math.Max(350, Math.Max(120 + 35 * categories.Count, LegendHeight(series.Count))))
            : ChartTheme.Layout(title, categoryTitle, valueAxis, height: Math.Max(ChartTheme.Height, LegendHeight(series.Count)));
        layout.SetProperty("barmode", "stack");
        layout.SetProperty("showlegend", true);
        layout.WithLegendTitle(seriesTitle);
        return ChartData.Attach(ChartTheme.Chart(traces, layout), TableData.FromRecords(all));
    }

    // Room for a vertical legend of n entries under its title.
    private static int LegendHeight(int n) => 150 + 24 * n;
}
