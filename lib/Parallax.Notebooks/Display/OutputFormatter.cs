using System.Collections;
using Parallax.Charts;
using Parallax.Frames;
using Parallax.Notebooks.Model;
using Plotly.NET;

namespace Parallax.Notebooks.Display;

/// <summary>
/// Turns displayed values into notebook outputs: a chart → HTML fragment (plotly.js only in the notebook's first chart
/// output) + PNG when rendered + text; a Deedle frame, <see cref="TableData"/> or list of records → escaped HTML table +
/// text; anything else → text.
/// </summary>
public sealed class OutputFormatter(ChartCollector charts, string idPrefix)
{
    private bool _plotlyIncluded;

    public DisplayOutput? Format(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string s: return Text(s);
            case GenericChart chart: return Chart(chart);
        }
        if (TableData.TryFrom(value) is { } table)
            return new DisplayOutput(new Dictionary<string, string> { ["text/html"] = table.ToHtml(), ["text/plain"] = table.ToString() });
        return Text(PlainText(value));
    }

    private DisplayOutput Chart(GenericChart chart)
    {
        var entry = charts.Add(chart);
        var html = ChartHtml.Fragment(chart, $"{idPrefix}-{entry.Name}");
        if (!_plotlyIncluded) { html = PlotlyJs.ScriptElement() + "\n" + html; _plotlyIncluded = true; }
        var data = new Dictionary<string, string> { ["text/html"] = html };
        if (entry.Images is { } img) data["image/png"] = Convert.ToBase64String(img.Png);
        data["text/plain"] = $"Chart: {ChartData.Title(chart) ?? entry.Name}";
        return new DisplayOutput(data);
    }

    private static DisplayOutput Text(string s) => new(new Dictionary<string, string> { ["text/plain"] = s });

    /// <summary>Plain text of a value: sequences as [a, b, …] (first 20), others by ToString.</summary>
    public static string PlainText(object value)
    {
        if (value is IEnumerable e and not string)
        {
            var items = e.Cast<object?>().Take(21).Select(x => x is null ? "null" : TableData.Text(x)).ToList();
            return "[" + string.Join(", ", items.Take(20)) + (items.Count > 20 ? ", …" : "") + "]";
        }
        return TableData.Text(value);
    }
}
