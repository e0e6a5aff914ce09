using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Kernel.Language;

/// <summary>
/// Blanks the magic command lines of a cell (<c>#!csharp</c>, <c>#r "…"</c>, <c>#i "…"</c>) with spaces, so the rest
/// parses as C# and every offset stays where the user's cursor is.
/// </summary>
public static partial class MagicLines
{
    [GeneratedRegex("""^\s*#(!|r(\s|"|$)|i(\s|"|$))""")]
    private static partial Regex Magic();

    /// <summary>The code with magic lines replaced by spaces (same length, same line breaks).</summary>
    public static string Blank(string code)
    {
        var text = new StringBuilder(code);
        int lineStart = 0;
        while (lineStart <= code.Length)
        {
            var newline = code.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? code.Length : newline;
            if (Magic().IsMatch(code.AsSpan(lineStart, lineEnd - lineStart).ToString()))
                for (int i = lineStart; i < lineEnd; i++) if (code[i] != '\r') text[i] = ' ';
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        return text.ToString();
    }
}
