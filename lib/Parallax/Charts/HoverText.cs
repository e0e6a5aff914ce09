using System.Text;

namespace Parallax.Charts;

/// <summary>Plain hover text wrapped into short lines ('\n' breaks, which the chart builders turn into line breaks when escaping).</summary>
public static class HoverText
{
    /// <summary>Default line width in characters.</summary>
    public const int Width = 90;

    /// <summary>Breaks <paramref name="text"/> at spaces so no line is longer than <paramref name="width"/> (unless one word is).</summary>
    public static string Wrap(string? text, int width = Width)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        int line = 0;
        foreach (var word in text.Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + 1 + word.Length > width) { sb.Append('\n'); line = 0; }
            else if (line > 0) { sb.Append(' '); line++; }
            sb.Append(word);
            line += word.Length;
        }
        return sb.ToString();
    }

    /// <summary>A quoted sentence wrapped for hover: “…”.</summary>
    public static string Quote(string? sentence) => string.IsNullOrWhiteSpace(sentence) ? "" : Wrap("“" + sentence.Trim() + "”");
}
