namespace Parallax.Text;

/// <summary>Counts words: maximal runs of letters, digits, marks and inner apostrophes or hyphens.</summary>
public static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool w = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            if (w && !inWord) n++;
            inWord = w || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return n;
    }
}
