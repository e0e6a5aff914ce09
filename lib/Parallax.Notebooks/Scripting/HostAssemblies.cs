using System.Reflection;

namespace Parallax.Notebooks.Scripting;

/// <summary>
/// The assemblies the host loads before any cell runs (F# core, Plotly.NET, Deedle, the kit) and that scripts
/// reference as already-loaded copies — never a second FSharp.Core, which fails with MissingMethodException.
/// </summary>
public static class HostAssemblies
{
    /// <summary>Every assembly cells may use without a <c>#r</c>.</summary>
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(object).Assembly,
        typeof(Enumerable).Assembly,
        typeof(System.Collections.Generic.List<>).Assembly,
        typeof(System.Collections.Immutable.ImmutableArray).Assembly,
        typeof(System.Text.RegularExpressions.Regex).Assembly,
        typeof(System.Text.Json.JsonSerializer).Assembly,
        typeof(System.Net.WebUtility).Assembly,
        typeof(System.ComponentModel.DescriptionAttribute).Assembly,
        typeof(Console).Assembly,
        typeof(Microsoft.FSharp.Core.Unit).Assembly,
        typeof(DynamicObj.DynamicObj).Assembly,
        typeof(Plotly.NET.GenericChart).Assembly,
        typeof(Plotly.NET.CSharp.Chart).Assembly,
        typeof(Deedle.Frame).Assembly,
        typeof(Corpus).Assembly,
        typeof(HostAssemblies).Assembly,
        .. RuntimeFacades(),
    ];

    /// <summary>Namespaces every cell sees, as in .NET Interactive's C# kernel.</summary>
    public static IReadOnlyList<string> Imports { get; } =
        ["System", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks", "System.Collections.Generic", "Parallax.Notebooks.Scripting"];

    /// <summary>True when an assembly of this simple name is one of the host's (so a <c>#r</c> of it maps to the loaded copy).</summary>
    public static bool IsLoaded(string simpleName) =>
        All.Any(a => string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase))
        || simpleName.StartsWith("Parallax", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<Assembly> RuntimeFacades()
    {
        foreach (var name in new[] { "System.Runtime", "System.Collections", "netstandard", "System.Linq.Expressions" })
        {
            Assembly? a = null;
            try { a = Assembly.Load(name); } catch (IOException) { } catch (BadImageFormatException) { }
            if (a is not null) yield return a;
        }
    }
}
