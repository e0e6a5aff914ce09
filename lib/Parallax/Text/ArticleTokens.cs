namespace Parallax.Text;

/// <summary>
/// The tokens of a whole long text (an article), read once and kept for the last such text on each thread, so that the
/// taggers running one after another on an article share one tokenisation. A range is cut from them when no token
/// crosses its ends, which gives exactly the tokens of the range read alone.
/// </summary>
public static class ArticleTokens
{
    /// <summary>Texts shorter than this (phrases, names) are tokenised directly and never replace the kept article.</summary>
    public const int MinLength = 400;

    [ThreadStatic] private static string? _text;
    [ThreadStatic] private static Token[]? _tokens;
    [ThreadStatic] private static List<Token>? _scratch;

    /// <summary>Every token of <paramref name="text"/> (shared: do not modify).</summary>
    public static Token[] Of(string text)
    {
        if (ReferenceEquals(_text, text) && _tokens is { } kept) return kept;
        // scanned into a list kept for the thread, so the only new array is the result
        var list = _scratch ??= new List<Token>(4096);
        list.Clear();
        Tokenizer.Scan(text, 0, text.Length, list);
        var tokens = list.ToArray();
        list.Clear();
        if (list.Capacity > 1 << 16) list.Capacity = 4096;
        (_text, _tokens) = (text, tokens);
        return tokens;
    }

    /// <summary>The tokens of [start, end) of a long text as a part of <see cref="Of"/>, or null when the text is short
    /// or a token of the whole text crosses <paramref name="start"/> or <paramref name="end"/>.</summary>
    public static ArraySegment<Token>? Range(string text, int start, int end)
    {
        if (text.Length < MinLength) return null;
        var all = Of(text);
        if (IndexRange(all, start, end) is not var (from, to)) return null;
        return new ArraySegment<Token>(all, from, to - from);
    }

    /// <summary>Index range [from, to) of the tokens inside [start, end), or null when a token crosses an end.</summary>
    public static (int From, int To)? IndexRange(Token[] all, int start, int end)
    {
        int from = FirstEndingAfter(all, start);
        if (from < all.Length && all[from].Start < start) return null;
        int to = FirstEndingAfter(all, end);
        if (to < all.Length && all[to].Start < end) return null;
        return (from, Math.Max(from, to));
    }

    // index of the first token whose end is past the offset (tokens are ordered and do not overlap)
    private static int FirstEndingAfter(Token[] all, int offset)
    {
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
