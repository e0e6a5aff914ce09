using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Parallax.Kernel.Language;

/// <summary>Answers <c>is_complete_request</c>: whether a console front end should run the code or wait for more lines.</summary>
public static class CompletenessChecker
{
    /// <summary>"complete" or "incomplete" (with the indent for the next line).</summary>
    public static (string Status, string Indent) Check(string code)
    {
        var text = MagicLines.Blank(code);
        if (string.IsNullOrWhiteSpace(text)) return ("complete", "");
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        if (SyntaxFactory.IsCompleteSubmission(tree)) return ("complete", "");
        var depth = tree.GetRoot().DescendantTokens().Sum(t => t.IsKind(SyntaxKind.OpenBraceToken) ? 1 : t.IsKind(SyntaxKind.CloseBraceToken) && !t.IsMissing ? -1 : 0);
        return ("incomplete", new string(' ', 4 * Math.Max(depth, 0)));
    }
}
