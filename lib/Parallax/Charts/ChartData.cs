using System.Collections;
using System.Runtime.CompilerServices;
using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>
/// The data table behind a chart, for CSV export: the table a kit chart builder attached, or else one read from
/// the chart's traces (trace name, x, y, z, text).
/// </summary>
public static class ChartData
{
    private static readonly ConditionalWeakTable<GenericChart, TableData> Attached = new();

    /// <summary>Attaches the table a chart was drawn from; returns the chart.</summary>
    public static GenericChart Attach(GenericChart chart, TableData data)
    {
        Attached.AddOrUpdate(chart, data);
        return chart;
    }

    /// <summary>The attached table, or one read from the traces.</summary>
    public static TableData Of(GenericChart chart) => Attached.TryGetValue(chart, out var t) ? t : FromTraces(chart);

    /// <summary>The chart's title as plain text (labels are stored escaped), if it has one.</summary>
    public static string? Title(GenericChart chart) =>
        RawTitle(chart) is { } t ? System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(t, "<br>|<b>|</b>", " ")).Trim() : null;

    private static string? RawTitle(GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        var title = layout.TryGetPropertyValue("title");
        object? value = title is null ? null : title.Value;
        return value switch
        {
            string s => s,
            IDictionary d when d.Contains("text") => d["text"]?.ToString(),
            DynamicObj.DynamicObj o when o.TryGetPropertyValue("text") is { } text => text.Value?.ToString(),
            _ => null,
        };
    }

    private static TableData FromTraces(GenericChart chart)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var trace in GenericChart.getTraces(chart))
        {
            var name = Get(trace, "name")?.ToString() ?? trace.GetType().Name;
            var x = List(Get(trace, "x"));
            var y = List(Get(trace, "y"));
            var z = List(Get(trace, "z"));
            var text = List(Get(trace, "text"));
            int n = new[] { x.Count, y.Count, z.Count, text.Count }.Max();
            for (int i = 0; i < n; i++)
                rows.Add([name, At(x, i), At(y, i), At(z, i), At(text, i)]);
        }
        return new TableData(["trace", "x", "y", "z", "text"], rows);
    }

    private static object? Get(DynamicObj.DynamicObj o, string name) => o.TryGetPropertyValue(name) is { } v ? Unwrap(v.Value) : null;

    private static object? Unwrap(object? v) =>
        v is not null && v.GetType().Name.StartsWith("FSharpOption", StringComparison.Ordinal) ? v.GetType().GetProperty("Value")?.GetValue(v) : v;

    private static List<object?> List(object? v) => v switch
    {
        null => [],
        string s => [s],
        IEnumerable e => e.Cast<object?>().Select(x => x is IEnumerable inner and not string ? TableData.Text(inner) : x).ToList(),
        _ => [v],
    };

    private static object? At(List<object?> l, int i) => i < l.Count ? l[i] : null;
}
