using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Renders charts to static images (the kit's runner provides one driving headless Chromium).</summary>
public interface IChartImageRenderer
{
    /// <summary>PNG and SVG of the chart, or null when rendering is not possible here.</summary>
    ChartImages? Render(GenericChart chart);
}

/// <summary>A chart rendered as PNG bytes and SVG text.</summary>
public sealed record ChartImages(byte[] Png, string Svg);
