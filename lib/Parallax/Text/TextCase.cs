namespace Parallax.Text;

/// <summary>
/// Lower case as <see cref="string.ToLowerInvariant"/> gives it, worked out in place for text in the Latin-1 range
/// (English, French, most Western European words): the general call goes through ICU for any non-ASCII text, which
/// costs more than the rest of folding a word. Other text is passed to <see cref="string.ToLowerInvariant"/>.
/// </summary>
public static class TextCase
{
    /// <summary><paramref name="s"/> in lower case (the same instance when nothing changes).</summary>
    public static string Lower(string s)
    {
        int first = -1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c > 'ÿ') return s.ToLowerInvariant();
            if (first < 0 && IsUpper(c)) first = i;
        }
        if (first < 0) return s;
        return string.Create(s.Length, (s, first), static (span, x) =>
        {
            x.s.AsSpan().CopyTo(span);
            for (int i = x.first; i < span.Length; i++)
                if (IsUpper(span[i])) span[i] = (char)(span[i] + 0x20);
        });
    }

    // A–Z and À–Þ but ×: each one's lower-case letter is 0x20 further.
    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z' || (c is >= 'À' and <= 'Þ' && c != '×');
}
