using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using Parallax.Notebooks.Model;

namespace Parallax.Notebooks.Run;

/// <summary>
/// Papermill-style parameters: values are injected as a code cell tagged <c>injected-parameters</c> right after the
/// cell tagged <c>parameters</c> (or first, when there is none). An injected cell from an earlier run is replaced.
/// </summary>
public static class ParameterCell
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>The notebook with the injected cell; unchanged when there are no parameters. Warns when no cell is tagged.</summary>
    public static Notebook Inject(Notebook notebook, IReadOnlyList<KeyValuePair<string, string>> parameters, Action<string>? warn = null)
    {
        var cells = notebook.Cells.Where(c => !c.Tags.Contains(InjectedTag)).ToList();
        if (parameters.Count == 0) return notebook with { Cells = cells };
        var at = cells.FindIndex(c => c.IsCode && c.Tags.Contains(ParametersTag));
        if (at < 0) warn?.Invoke($"{notebook.Path}: no cell is tagged 'parameters'; the parameters are injected as the first cell");
        var source = "// Parameters injected by parallax run\n" + string.Join("\n", parameters.Select(p => $"var {p.Key} = {Literal(p.Value)};"));
        var cell = new NotebookCell
        {
            Id = "injected-parameters",
            CellType = "code",
            Source = source,
            Metadata = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
        };
        cells.Insert(at + 1, cell);
        return notebook with { Cells = cells };
    }

    /// <summary>True for a name usable as a C# variable.</summary>
    public static bool IsValidName(string name) => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>A C# literal for a value as typed: integers, decimals and true/false keep their type, anything else is a string.</summary>
    public static string Literal(string value)
    {
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return i.ToString(CultureInfo.InvariantCulture);
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l.ToString(CultureInfo.InvariantCulture) + "L";
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && value.Contains('.') && double.IsFinite(d)) return d.ToString("R", CultureInfo.InvariantCulture);
        if (value is "true" or "false") return value;
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
