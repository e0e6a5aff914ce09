using System.Globalization;
using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>
/// Flows between columns of nodes (e.g. outlet → intermediary → source). A node is a label in a column: the same
/// label in two columns is two nodes. Links with the same ends and group are summed; their hover lines are listed.
/// </summary>
public static class SankeyChart
{
    /// <summary>One flow from a node in column <see cref="FromColumn"/> to one in <see cref="ToColumn"/>, coloured by group.</summary>
    public sealed record Link(int FromColumn, string From, int ToColumn, string To, double Value, string Group, string? Hover = null);

    /// <summary>Hover lines listed per link before "… n more".</summary>
    public const int HoverLines = 6;

    /// <summary>
    /// Builds the chart and attaches its links for CSV export. <paramref name="columns"/> names the columns (shown above
    /// them); <paramref name="colours"/> fixes a group's colour (others take the palette's).
    /// </summary>
    public static GenericChart Build(IEnumerable<Link> links, string title, IReadOnlyList<string> columns,
        IReadOnlyDictionary<string, string>? colours = null, string groupTitle = "")
    {
        var all = links.ToList();
        var nodes = all.SelectMany(l => new[] { (l.FromColumn, l.From), (l.ToColumn, l.To) }).Distinct()
            .OrderBy(n => n.Item1).ToList();
        var index = nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var groups = all.Select(l => l.Group).Distinct().ToList();
        string ColourOf(string g) => colours?.GetValueOrDefault(g) ?? Palette.Colour(groups.IndexOf(g));
        var merged = all.GroupBy(l => (From: (l.FromColumn, l.From), To: (l.ToColumn, l.To), l.Group)).ToList();

        var inflow = nodes.ToDictionary(n => n, n => all.Where(l => (l.ToColumn, l.To) == n).Sum(l => l.Value));
        var outflow = nodes.ToDictionary(n => n, n => all.Where(l => (l.FromColumn, l.From) == n).Sum(l => l.Value));
        var node = new Dictionary<string, object>
        {
            ["label"] = nodes.Select(n => HtmlText.Label(n.Item2)).ToArray(),
            ["color"] = nodes.Select(n => n.Item1 == 0 ? "#555555" : "#999999").ToArray(),
            ["customdata"] = nodes.Select(n => $"<b>{HtmlText.Label(n.Item2)}</b><br>{HtmlText.Label(ColumnName(columns, n.Item1))}"
                + $"<br>in {Num(inflow[n])} · out {Num(outflow[n])}").ToArray(),
            ["hovertemplate"] = "%{customdata}<extra></extra>",
            ["pad"] = 14,
            ["thickness"] = 16,
            ["line"] = new Dictionary<string, object> { ["color"] = "#333333", ["width"] = 0.5 },
        };
        var link = new Dictionary<string, object>
        {
            ["source"] = merged.Select(g => index[g.Key.From]).ToArray(),
            ["target"] = merged.Select(g => index[g.Key.To]).ToArray(),
            ["value"] = merged.Select(g => g.Sum(l => l.Value)).ToArray(),
            ["color"] = merged.Select(g => Translucent(ColourOf(g.Key.Group))).ToArray(),
            ["customdata"] = merged.Select(g => $"<b>{HtmlText.Label(g.Key.From.Item2)} → {HtmlText.Label(g.Key.To.Item2)}</b> ({Num(g.Sum(l => l.Value))})"
                + $"<br>{HtmlText.Label(groupTitle.Length > 0 ? groupTitle + ": " + g.Key.Group : g.Key.Group)}" + Lines(g)).ToArray(),
            ["hovertemplate"] = "%{customdata}<extra></extra>",
        };
        var t = new TraceDomain("sankey");
        t.SetProperty("orientation", "h");
        t.SetProperty("arrangement", "snap");
        t.SetProperty("node", node);
        t.SetProperty("link", link);
        var layout = ChartTheme.Layout(title, height: Math.Max(420, 140 + 26 * nodes.GroupBy(n => n.Item1).Select(c => c.Count()).DefaultIfEmpty(0).Max()));
        layout.SetProperty("annotations", columns.Select((c, i) => new Dictionary<string, object>
        {
            ["text"] = "<b>" + HtmlText.Label(c) + "</b>", ["xref"] = "paper", ["yref"] = "paper", ["showarrow"] = false,
            ["x"] = columns.Count == 1 ? 0.5 : (double)i / (columns.Count - 1), ["y"] = 1.04,
            ["xanchor"] = i == 0 ? "left" : i == columns.Count - 1 ? "right" : "center", ["font"] = ChartTheme.Font(14),
        }).ToArray());
        return ChartData.Attach(ChartTheme.Chart([t], layout), TableData.FromRecords(all));
    }

    private static string ColumnName(IReadOnlyList<string> columns, int i) => i >= 0 && i < columns.Count ? columns[i] : $"column {i + 1}";

    private static string Lines(IEnumerable<Link> links)
    {
        var hovers = links.Select(l => l.Hover).OfType<string>().Where(h => h.Length > 0).Distinct().ToList();
        var shown = string.Concat(hovers.Take(HoverLines).Select(h => "<br>• " + HtmlText.Label(HoverText.Wrap(h))));
        return hovers.Count > HoverLines ? shown + $"<br>… {hovers.Count - HoverLines} more" : shown;
    }

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    // "#RRGGBB" → rgba with alpha 0.45 so crossing links stay readable.
    private static string Translucent(string hex) =>
        hex.Length == 7 && hex[0] == '#'
            ? $"rgba({Convert.ToInt32(hex[1..3], 16)},{Convert.ToInt32(hex[3..5], 16)},{Convert.ToInt32(hex[5..7], 16)},0.45)"
            : hex;
}
