using System.Runtime.InteropServices;

namespace Parallax.Text;

/// <summary>
/// Splits text into words and punctuation. A word is a run of letters, digits and combining marks, with inner
/// apostrophes, hyphens and periods of abbreviations ("U.S.") kept inside; a surrogate pair is never split.
/// A range of a long text (an article) is cut from the text's tokens, read once per thread (<see cref="ArticleTokens"/>).
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        if (ArticleTokens.Range(text, start, end) is { } range)
        {
            var slice = range.AsSpan();
            var copy = new List<Token>(slice.Length);
            CollectionsMarshal.SetCount(copy, slice.Length);
            slice.CopyTo(CollectionsMarshal.AsSpan(copy));
            return copy;
        }
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Scan(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Tokens of [start, end) of the text, read-only: of an article, a part of its shared tokens (no copy).</summary>
    public static ArraySegment<Token> Read(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        if (ArticleTokens.Range(text, start, end) is { } range) return range;
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Scan(text, start, end, tokens);
        return tokens.ToArray();
    }

    /// <summary>Adds the tokens of [start, end) of the text to <paramref name="tokens"/>.</summary>
    internal static void Scan(string text, int start, int end, List<Token> tokens)
    {
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
                tokens.Add(new Token(s, i, TextPiece.Of(text, s, i)));
                continue;
            }
            int n = Step(text, i);
            tokens.Add(new Token(i, i + n, TextPiece.Of(text, i, i + n)));
            i += n;
        }
    }

    private static int Step(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    /// <summary>Letter, digit or combining mark at <paramref name="i"/> (astral letters included).</summary>
    public static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (char.IsAsciiLetterOrDigit(c)) return true;
        if (c < 128) return false;
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
