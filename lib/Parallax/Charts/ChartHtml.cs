using Plotly.NET;

namespace Parallax.Charts;

/// <summary>HTML for charts: a fragment (div + script, plotly.js loaded elsewhere once) and a self-contained offline page.</summary>
public static class ChartHtml
{
    private const string Config = "{\"responsive\":true,\"displaylogo\":false}";

    /// <summary>The chart's figure (<c>data</c>, <c>layout</c>) as JSON safe to place inside a script element.</summary>
    public static string FigureJson(GenericChart chart) => HtmlText.ScriptSafeJson(GenericChart.toFigureJson(chart));

    /// <summary>Width and height in pixels from the chart's layout (theme defaults when unset).</summary>
    public static (int Width, int Height) Size(GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        return (Int(layout, "width") ?? ChartTheme.Width, Int(layout, "height") ?? ChartTheme.Height);

        static int? Int(Layout l, string name) => l.TryGetPropertyValue(name) is { } v && v.Value is IConvertible c ? Convert.ToInt32(c, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// A div (id <paramref name="id"/>: letters, digits, '-' and '_') and a script drawing the chart into it;
    /// expects <c>window.Plotly</c> (see <see cref="PlotlyJs"/>), waiting briefly for it to load.
    /// </summary>
    public static string Fragment(GenericChart chart, string id)
    {
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) throw new ArgumentException("chart id must be letters, digits, - or _", nameof(id));
        var (w, h) = Size(chart);
        return $"<div id=\"{id}\" class=\"parallax-chart\" style=\"width:{w}px;max-width:100%;height:{h}px\"></div>\n"
            + $"<script type=\"text/javascript\">(function(){{var fig={FigureJson(chart)};"
            + $"var draw=function(){{window.Plotly.newPlot(\"{id}\",fig.data,fig.layout,{Config});}};"
            + "if(window.Plotly){draw();}else{var n=0,t=setInterval(function(){if(window.Plotly||++n>100){clearInterval(t);if(window.Plotly)draw();}},50);}})();</script>";
    }

    /// <summary>A complete offline HTML page for one chart, with plotly.js inlined (no network access needed).</summary>
    public static string Page(GenericChart chart, string? title = null) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + $"<title>{HtmlText.Escape(title ?? ChartData.Title(chart) ?? "Chart")}</title>\n"
        + "<style>body{font-family:" + HtmlText.Escape(ChartTheme.FontFamily) + ";margin:16px;background:#fff}</style>\n"
        + PlotlyJs.ScriptElement() + "\n</head>\n<body>\n" + Fragment(chart, "chart") + "\n</body>\n</html>\n";
}
