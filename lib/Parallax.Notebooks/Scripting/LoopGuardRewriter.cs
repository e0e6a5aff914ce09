using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Parallax.Notebooks.Scripting;

/// <summary>Inserts a cancellation check at the start of every loop body, on the same line (line numbers are kept).</summary>
public sealed class LoopGuardRewriter : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Check = SyntaxFactory.ParseStatement("global::Parallax.Notebooks.Scripting.CellGuard.Check();");

    /// <summary>Returns the cell's code with guards, or the code unchanged when it does not parse as a script.</summary>
    public static string Rewrite(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) return code;
        return new LoopGuardRewriter().Visit(tree.GetRoot()).ToFullString();
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) => ((WhileStatementSyntax)base.VisitWhileStatement(node)!).WithStatement(Guard(node.Statement));
    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) => ((DoStatementSyntax)base.VisitDoStatement(node)!).WithStatement(Guard(node.Statement));
    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) => ((ForStatementSyntax)base.VisitForStatement(node)!).WithStatement(Guard(node.Statement));
    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) => ((ForEachStatementSyntax)base.VisitForEachStatement(node)!).WithStatement(Guard(node.Statement));
    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) => ((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!).WithStatement(Guard(node.Statement));

    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node) =>
        SyntaxFactory.Block(Check, node.WithoutTrivia()).WithTriviaFrom(node);

    // The original body keeps its trivia (and so its line breaks); the check adds none.
    private StatementSyntax Guard(StatementSyntax original)
    {
        var body = (StatementSyntax)Visit(original)!;
        if (body is BlockSyntax block) return block.WithStatements(block.Statements.Insert(0, Check));
        return SyntaxFactory.Block(Check, body.WithoutTrivia()).WithTriviaFrom(body);
    }
}
