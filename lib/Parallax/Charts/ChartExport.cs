using System.Reflection;
using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>
/// Exports charts as files: offline HTML (plotly.js inlined), CSV of the chart's data, and PNG and SVG when an image
/// renderer is available. From a notebook cell it writes next to the notebook, in <c>out/charts/NOTEBOOK/</c>;
/// under the kit's runner the charts go to the run's output folder instead.
/// </summary>
public static class ChartExport
{
    private static readonly AsyncLocal<Action<GenericChart>?> RunnerSink = new();
    private static readonly object RendererLock = new();
    private static bool _rendererSearched;
    private static IChartImageRenderer? _renderer;

    /// <summary>The image renderer (set by the kit's runner; otherwise looked up beside the kit's assembly once).</summary>
    public static IChartImageRenderer? Renderer
    {
        get
        {
            lock (RendererLock)
            {
                if (_renderer is null && !_rendererSearched) { _rendererSearched = true; _renderer = FindRenderer(); }
                return _renderer;
            }
        }
        set { lock (RendererLock) { _renderer = value; _rendererSearched = true; } }
    }

    /// <summary>Used by a runner: while set (for the current cell's flow), <see cref="Save"/> hands charts to it.</summary>
    public static Action<GenericChart>? Sink { get => RunnerSink.Value; set => RunnerSink.Value = value; }

    /// <summary>Writes each chart to <c>out/charts/NOTEBOOK/</c> under the current folder; returns the files written.</summary>
    public static IReadOnlyList<string> Save(string notebook, params GenericChart[] charts)
    {
        if (Sink is { } sink)
        {
            foreach (var c in charts) sink(c);
            return [];
        }
        var folder = Path.Combine(Directory.GetCurrentDirectory(), "out", "charts", HtmlText.Slug(notebook, "notebook"));
        var used = new HashSet<string>();
        return charts.SelectMany(c => SaveTo(folder, c, UniqueName(c, used))).ToList();
    }

    /// <summary>A file name for a chart, unique within <paramref name="used"/> (which it extends).</summary>
    public static string UniqueName(GenericChart chart, ISet<string> used)
    {
        var name = HtmlText.Slug(ChartData.Title(chart));
        var unique = name;
        for (int i = 2; !used.Add(unique); i++) unique = $"{name}-{i}";
        return unique;
    }

    /// <summary>
    /// Writes NAME.html, NAME.csv and, when a renderer is available, NAME.png and NAME.svg into a folder
    /// (<paramref name="images"/>: already rendered images; when null they are rendered if <paramref name="render"/>).
    /// </summary>
    public static IReadOnlyList<string> SaveTo(string folder, GenericChart chart, string name, ChartImages? images = null, bool render = true)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void Write(string ext, Action<string> write) { var p = Path.Combine(folder, name + ext); write(p); written.Add(p); }
        Write(".html", p => AtomicFile.WriteAllText(p, ChartHtml.Page(chart)));
        Write(".csv", p => AtomicFile.WriteAllText(p, ChartData.Of(chart).ToCsv()));
        if (images is null && render) images = Renderer?.Render(chart);
        if (images is not null)
        {
            Write(".png", p => AtomicFile.WriteAllBytes(p, images.Png));
            Write(".svg", p => AtomicFile.WriteAllText(p, images.Svg));
        }
        return written;
    }

    // In a notebook front end the runner's assembly may sit beside the kit's (the notebooks reference its build folder).
    private static IChartImageRenderer? FindRenderer()
    {
        try
        {
            var here = Path.GetDirectoryName(typeof(ChartExport).Assembly.Location);
            var path = here is null ? null : Path.Combine(here, "Parallax.Notebooks.dll");
            var asm = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Parallax.Notebooks")
                ?? (path is not null && File.Exists(path) ? Assembly.LoadFrom(path) : null);
            var create = asm?.GetType("Parallax.Notebooks.Export.ChromiumRenderer")?.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static);
            return create?.Invoke(null, null) as IChartImageRenderer;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or TargetInvocationException or TypeLoadException)
        {
            return null;
        }
    }
}
