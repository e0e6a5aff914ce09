using Plotly.NET;

namespace Parallax.Charts;

/// <summary>The kit's one chart look: readable fonts, the colour-blind-safe palette, titles, axis titles, legend, size.</summary>
public static class ChartTheme
{
    public const string FontFamily = "'Segoe UI', Roboto, 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif";
    public const int Width = 900;
    public const int Height = 500;

    /// <summary>A themed layout. Titles are escaped: they may carry data such as outlet names.</summary>
    public static Layout Layout(string title, string? xTitle = null, string? yTitle = null, int width = Width, int height = Height)
    {
        var layout = new Layout();
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = HtmlText.Label(title), ["x"] = 0.02, ["font"] = Font(20) });
        layout.SetProperty("font", Font(14));
        layout.SetProperty("width", width);
        layout.SetProperty("height", height);
        layout.SetProperty("colorway", Palette.Colours);
        layout.SetProperty("paper_bgcolor", "#ffffff");
        layout.SetProperty("plot_bgcolor", "#ffffff");
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 80, ["r"] = 30, ["t"] = 70, ["b"] = 70 });
        layout.SetProperty("legend", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = "" }, ["bgcolor"] = "rgba(255,255,255,0.8)" });
        layout.SetProperty("hoverlabel", new Dictionary<string, object> { ["font"] = Font(13), ["align"] = "left" });
        layout.SetProperty("xaxis", Axis(xTitle));
        layout.SetProperty("yaxis", Axis(yTitle));
        return layout;
    }

    /// <summary>Sets the legend's title (escaped).</summary>
    public static Layout WithLegendTitle(this Layout layout, string title)
    {
        layout.SetProperty("legend", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = HtmlText.Label(title) }, ["bgcolor"] = "rgba(255,255,255,0.8)" });
        return layout;
    }

    /// <summary>An axis with a title (escaped), light grid lines and automatic margins for long labels.</summary>
    public static Dictionary<string, object> Axis(string? title) => new()
    {
        ["title"] = new Dictionary<string, object> { ["text"] = HtmlText.Label(title ?? ""), ["font"] = Font(15) },
        ["gridcolor"] = "#e5e5e5",
        ["linecolor"] = "#444444",
        ["zeroline"] = false,
        ["automargin"] = true,
    };

    /// <summary>A font of the theme's family.</summary>
    public static Dictionary<string, object> Font(int size) => new() { ["family"] = FontFamily, ["size"] = size, ["color"] = "#222222" };

    /// <summary>Builds a chart from traces and a layout (no Plotly.NET template).</summary>
    public static GenericChart Chart(IEnumerable<Trace> traces, Layout layout) =>
        GenericChart.addLayout(layout, GenericChart.ofTraceObjects(false, traces.ToList()));
}
