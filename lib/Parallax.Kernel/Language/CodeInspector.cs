using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Parallax.Kernel.Language;

/// <summary>
/// Answers <c>inspect_request</c>: the symbol at the cursor (or just before it) — its kind, type and signature — and
/// its doc comment.
/// </summary>
public sealed class CodeInspector(Func<string, Compilation> compileNext)
{
    private static readonly SymbolDisplayFormat Signature = SymbolDisplayFormat.CSharpErrorMessageFormat
        .AddMemberOptions(SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType)
        .AddParameterOptions(SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue);

    /// <summary>Plain text describing the symbol at <paramref name="position"/> (a string index), or null when there is none.</summary>
    public string? Inspect(string code, int position)
    {
        var text = MagicLines.Blank(code);
        position = Math.Clamp(position, 0, text.Length);
        var compilation = compileNext(text);
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        foreach (var at in new[] { position, position - 1 })
        {
            if (at < 0 || at >= text.Length) continue;
            var token = root.FindToken(at);
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is null) continue;
            var info = model.GetSymbolInfo(token.Parent);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(token.Parent);
            if (symbol is not null) return Describe(symbol);
        }
        return null;
    }

    private static string Describe(ISymbol symbol)
    {
        var kind = symbol switch
        {
            IFieldSymbol f when f.ContainingType?.IsScriptClass == true => "variable",
            ILocalSymbol => "variable",
            INamedTypeSymbol t => t.TypeKind.ToString().ToLowerInvariant(),
            _ => symbol.Kind.ToString().ToLowerInvariant(),
        };
        var signature = symbol switch
        {
            IFieldSymbol f when f.ContainingType?.IsScriptClass == true => $"{f.Type.ToDisplayString()} {f.Name}",
            ILocalSymbol l => $"{l.Type.ToDisplayString()} {l.Name}",
            _ => symbol.ToDisplayString(Signature),
        };
        var doc = DocComments.For(symbol);
        var type = symbol switch
        {
            IFieldSymbol f => f.Type,
            ILocalSymbol l => l.Type,
            IPropertySymbol p => p.Type,
            _ => null,
        };
        var typeDoc = doc is null && type is not null ? DocComments.For(type) : null;
        return $"({kind}) {signature}" + (doc is not null ? "\n\n" + doc : "") + (typeDoc is not null ? $"\n\n{type!.Name}: {typeDoc}" : "");
    }
}
