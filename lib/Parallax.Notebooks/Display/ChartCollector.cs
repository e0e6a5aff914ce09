using System.Runtime.CompilerServices;
using Parallax.Charts;
using Plotly.NET;

namespace Parallax.Notebooks.Display;

/// <summary>A chart shown or exported by a notebook: its file name, the chart, and its images when rendered.</summary>
public sealed record CollectedChart(string Name, GenericChart Chart, ChartImages? Images);

/// <summary>The charts of one notebook run, in order, each once, each with a unique file name; renders images once.</summary>
public sealed class ChartCollector(IChartImageRenderer? renderer)
{
    private readonly List<CollectedChart> _charts = [];
    private readonly HashSet<string> _names = [];
    private readonly ConditionalWeakTable<GenericChart, CollectedChart> _seen = new();
    private readonly object _gate = new();

    public IReadOnlyList<CollectedChart> Charts { get { lock (_gate) return _charts.ToList(); } }

    /// <summary>Adds a chart (or returns the entry it already has).</summary>
    public CollectedChart Add(GenericChart chart)
    {
        lock (_gate)
        {
            if (_seen.TryGetValue(chart, out var known)) return known;
            var entry = new CollectedChart(ChartExport.UniqueName(chart, _names), chart, renderer?.Render(chart));
            _seen.Add(chart, entry);
            _charts.Add(entry);
            return entry;
        }
    }
}
