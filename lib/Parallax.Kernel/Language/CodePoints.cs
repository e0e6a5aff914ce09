namespace Parallax.Kernel.Language;

/// <summary>Jupyter counts cursor positions in Unicode code points; C# strings in UTF-16 units. Converts both ways.</summary>
public static class CodePoints
{
    /// <summary>The string index of the <paramref name="codePoints"/>-th code point (clamped to the text).</summary>
    public static int ToIndex(string text, int codePoints)
    {
        int index = 0;
        for (int n = 0; n < codePoints && index < text.Length; n++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>The number of code points before string index <paramref name="index"/>.</summary>
    public static int FromIndex(string text, int index)
    {
        int count = 0;
        for (int i = 0; i < index && i < text.Length; i++)
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
        return count;
    }
}
