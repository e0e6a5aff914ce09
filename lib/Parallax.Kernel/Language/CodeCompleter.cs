using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Parallax.Kernel.Language;

/// <summary>
/// Completions from Roslyn's semantic model of the cell compiled as the next submission: after a dot, the members of the
/// type, namespace or value on the left; elsewhere every name in scope and the C# keywords; filtered by the typed prefix.
/// </summary>
public sealed class CodeCompleter(Func<string, Compilation> compileNext)
{
    private const int MaxItems = 500;

    private static readonly IReadOnlyList<string> Keywords =
        SyntaxFacts.GetKeywordKinds().Select(SyntaxFacts.GetText).Where(k => k.Length > 0 && char.IsLetter(k[0])).Distinct().ToList();

    /// <summary>Completions at <paramref name="position"/> (a string index into <paramref name="code"/>).</summary>
    public CompletionList Complete(string code, int position)
    {
        position = Math.Clamp(position, 0, code.Length);
        var text = MagicLines.Blank(code);
        var start = position;
        while (start > 0 && IsIdentifierChar(text[start - 1])) start--;
        var prefix = text[start..position];
        var compilation = compileNext(text);
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var afterDot = start > 0 && text[start - 1] == '.';
        var symbols = afterDot ? MembersLeftOf(model, tree, start) : model.LookupSymbols(start);
        var items = symbols.Where(s => s.CanBeReferencedByName && !s.IsImplicitlyDeclared && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(s => new CompletionItem(s.Name, Kind(s)));
        if (!afterDot) items = items.Concat(Keywords.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => new CompletionItem(k, "keyword")));
        var list = items.DistinctBy(i => i.Text)
            .OrderBy(i => i.Text.StartsWith(prefix, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(i => i.Text, StringComparer.OrdinalIgnoreCase)
            .Take(MaxItems).ToList();
        return new CompletionList(list, start, position);
    }

    private static IEnumerable<ISymbol> MembersLeftOf(SemanticModel model, SyntaxTree tree, int wordStart)
    {
        var dot = tree.GetRoot().FindToken(wordStart - 1);
        var left = dot.Parent switch
        {
            MemberAccessExpressionSyntax m => (SyntaxNode)m.Expression,
            QualifiedNameSyntax q => q.Left,
            _ => null,
        };
        if (left is null) return [];
        var symbol = model.GetSymbolInfo(left).Symbol ?? model.GetSymbolInfo(left).CandidateSymbols.FirstOrDefault();
        switch (symbol)
        {
            case INamespaceSymbol ns:
                return model.LookupNamespacesAndTypes(wordStart, ns);
            case ITypeSymbol type: // "Corpus.Lo": the left side names the type itself
                return model.LookupStaticMembers(wordStart, type).Concat(type.GetTypeMembers());
        }
        var valueType = model.GetTypeInfo(left).Type;
        if (valueType is null) return [];
        return model.LookupSymbols(wordStart, valueType, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { ReducedFrom: not null });
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Kind(ISymbol s) => s switch
    {
        INamespaceSymbol => "namespace",
        ITypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        ITypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        ITypeSymbol { TypeKind: TypeKind.Struct } => "struct",
        ITypeSymbol => "class",
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol f when f.ContainingType?.IsScriptClass == true => "variable",
        IFieldSymbol { IsConst: true } => "constant",
        IFieldSymbol => "field",
        IEventSymbol => "event",
        ILocalSymbol => "variable",
        IParameterSymbol => "parameter",
        _ => "text",
    };
}
