using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>
/// The notebooks' one-line setup, <c>Parallax.Charts.Display.Setup();</c>. Inside Polyglot Notebooks (.NET Interactive)
/// it registers the kit's HTML formatters (charts drawn offline, frames and tables as escaped HTML tables); under the
/// kit's runner or kernel, which format values themselves, it does nothing.
/// </summary>
public static class Display
{
    private static int _plotlySent;

    /// <summary>True when a kit host (runner, kernel) formats displayed values.</summary>
    public static bool HostedByKit { get; set; }

    /// <summary>Registers the formatters where needed; returns where the notebook runs.</summary>
    public static string Setup()
    {
        if (HostedByKit) return "Parallax runner";
        return InteractiveFormatters.Register() ? ".NET Interactive" : "no notebook host";
    }

    /// <summary>
    /// HTML for a chart in a live notebook: the fragment, preceded by plotly.js the first time in this process
    /// (later outputs in the same page reuse it).
    /// </summary>
    public static string ChartHtmlOnce(GenericChart chart) =>
        (Interlocked.Exchange(ref _plotlySent, 1) == 0 ? PlotlyJs.ScriptElement() + "\n" : "")
        + ChartHtml.Fragment(chart, "parallax-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>HTML for a table-like value (Deedle frame, TableData, list of records), or null.</summary>
    public static string? TableHtml(object? value) => TableData.TryFrom(value)?.ToHtml();
}
