namespace Parallax.Charts;

/// <summary>The plotly.js library embedded in the Plotly.NET assembly, read once, for offline pages.</summary>
public static class PlotlyJs
{
    private static readonly Lazy<(string Name, string Source)> Embedded = new(Read);

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Embedded.Value.Source;

    /// <summary>The resource name, which carries the plotly.js version (e.g. <c>plotly-2.28.0.min.js</c>).</summary>
    public static string ResourceName => Embedded.Value.Name;

    /// <summary>
    /// A script element defining <c>window.Plotly</c>, even in pages that have an AMD loader (classic Jupyter),
    /// whose <c>define</c> would otherwise capture the library.
    /// </summary>
    public static string ScriptElement() =>
        "<script type=\"text/javascript\">(function(define, module, exports){\n" + Source + "\n}).call(window);</script>";

    private static (string, string) Read()
    {
        var asm = typeof(Plotly.NET.GenericChart).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".min.js", StringComparison.Ordinal) && n.Contains("plotly", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException("plotly.js is not embedded in " + asm.GetName().Name);
        using var s = asm.GetManifestResourceStream(name)!;
        using var r = new StreamReader(s);
        var js = r.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        return (name, js);
    }
}
