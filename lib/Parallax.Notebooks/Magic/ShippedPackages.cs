namespace Parallax.Notebooks.Magic;

/// <summary>
/// NuGet packages a notebook may name with <c>#r "nuget: ..."</c>: the ones the kit ships and has already loaded
/// (their notebook display is the kit's own). Any other package is an error: the runner installs nothing.
/// </summary>
public static class ShippedPackages
{
    /// <summary>Package id (case-insensitive) → assembly the host loads for it (null: nothing to load, e.g. display only).</summary>
    public static IReadOnlyDictionary<string, string?> Names { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["FSharp.Core"] = "FSharp.Core",
        ["Plotly.NET"] = "Plotly.NET",
        ["Plotly.NET.CSharp"] = "Plotly.NET.CSharp",
        ["Plotly.NET.Interactive"] = null,
        ["Deedle"] = "Deedle",
        ["YamlDotNet"] = "YamlDotNet",
        ["AngleSharp"] = "AngleSharp",
    };

    public static bool IsShipped(string id) => Names.ContainsKey(id);
}
