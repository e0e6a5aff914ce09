namespace Parallax.Text;

/// <summary>
/// Splits text into words and punctuation. A word is a run of letters, digits and combining marks, with inner
/// apostrophes, hyphens and periods of abbreviations ("U.S.") kept inside; a surrogate pair is never split.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsWordChar(text, i))
            {
                int s = i;
                i += Step(text, i);
                while (i < end)
                {
                    if (IsWordChar(text, i)) { i += Step(text, i); continue; }
                    // inner joiners: l'Iran, al-Assad, U.S.
                    if ((text[i] is '\'' or '’' or '-' or '‐' or '.') && i + 1 < end && IsWordChar(text, i + 1)
                        && (text[i] != '.' || IsAbbreviationDot(text, s, i)))
                    { i++; continue; }
                    break;
                }
                tokens.Add(new Token(s, i, text[s..i]));
                continue;
            }
            int n = Step(text, i);
            tokens.Add(new Token(i, i + n, text.Substring(i, n)));
            i += n;
        }
        return tokens;
    }

    private static int Step(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    /// <summary>Letter, digit or combining mark at <paramref name="i"/> (astral letters included).</summary>
    public static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length) return char.IsLetterOrDigit(text, i);
        var cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    // "U.S" continues as one token only when every part before the dot is a single letter.
    private static bool IsAbbreviationDot(string text, int wordStart, int dot)
    {
        int partStart = dot - 1;
        while (partStart > wordStart && text[partStart - 1] != '.') partStart--;
        return dot - partStart == 1 && char.IsLetter(text[partStart]);
    }
}
