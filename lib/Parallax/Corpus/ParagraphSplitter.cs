namespace Parallax;

/// <summary>Splits normalised text into paragraphs: each non-blank line is one paragraph.</summary>
public static class ParagraphSplitter
{
    /// <summary>Spans of non-blank lines, trimmed of surrounding spaces.</summary>
    public static IEnumerable<(int Start, int End)> Split(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return (s, e);
            i = end + 1;
        }
    }
}
