using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Parallax.Notebooks.Run;

namespace Parallax.Kernel.Engine;

/// <summary>
/// Parameters given to the kernel (<c>--param k=v</c>, <c>--corpus DIR</c>), applied as the runner applies them: a
/// kernel does not see cell tags, so the parameters cell is the first cell that declares one of the parameters'
/// variables; right after it (and after each rerun of it) the kernel runs <c>var name = value;</c> for each parameter.
/// </summary>
public sealed class ParameterOverrides(IReadOnlyList<KeyValuePair<string, string>> values)
{
    private string? _parametersCell;

    public IReadOnlyList<KeyValuePair<string, string>> Values => values;

    /// <summary>The code to run after <paramref name="cell"/> ran, or null.</summary>
    public string? After(string cell)
    {
        if (values.Count == 0) return null;
        if (_parametersCell is null)
        {
            if (!Declared(cell).Overlaps(values.Select(v => v.Key))) return null;
            _parametersCell = cell;
        }
        else if (cell != _parametersCell) return null;
        return "// Parameters given to parallax kernel\n" + string.Join("\n", values.Select(p => $"var {p.Key} = {ParameterCell.Literal(p.Value)};"));
    }

    private static HashSet<string> Declared(string cell)
    {
        var tree = CSharpSyntaxTree.ParseText(Language.MagicLines.Blank(cell), new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var root = tree.GetRoot();
        var fields = root.ChildNodes().OfType<FieldDeclarationSyntax>().SelectMany(f => f.Declaration.Variables);
        var locals = root.ChildNodes().OfType<GlobalStatementSyntax>().Select(g => g.Statement).OfType<LocalDeclarationStatementSyntax>().SelectMany(l => l.Declaration.Variables);
        return fields.Concat(locals).Select(v => v.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
    }
}
