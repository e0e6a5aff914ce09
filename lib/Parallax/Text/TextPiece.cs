namespace Parallax.Text;

/// <summary>Substrings of a text, with the empty string and one-character ASCII pieces (spaces, punctuation) shared.</summary>
public static class TextPiece
{
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary><paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>].</summary>
    public static string Of(string text, int start, int end) => (end - start) switch
    {
        0 => "",
        1 when text[start] < 128 => Ascii[text[start]],
        _ => text.Substring(start, end - start),
    };
}
