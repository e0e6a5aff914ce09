using System.Globalization;
using System.Text;

namespace Parallax.Names;

/// <summary>Folds text for lookups: lower case, diacritics removed, curly apostrophes made straight, a few letters spelled out.</summary>
public static class TextFold
{
    /// <summary>"Téhéran" → "teheran", "İstanbul" → "istanbul", "d’Imad" → "d'imad".</summary>
    public static string Fold(string s)
    {
        if (AsciiFold(s) is { } ascii) return ascii;
        var cache = _folded ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache.TryGetValue(s, out var known)) return known;
        if (cache.Count >= 20_000) cache.Clear();
        return cache[s] = Decomposed(s);
    }

    // words outside ASCII folded lately on this thread (normalisation is the costly part of folding)
    [ThreadStatic] private static Dictionary<string, string>? _folded;

    private static string Decomposed(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case '’' or '‘' or 'ʼ' or '`' or '´' or 'ʻ': sb.Append('\''); break;
                case 'ı': sb.Append('i'); break;
                case 'ø' or 'Ø': sb.Append('o'); break;
                case 'æ' or 'Æ': sb.Append("ae"); break;
                case 'œ' or 'Œ': sb.Append("oe"); break;
                case 'ß': sb.Append("ss"); break;
                case 'đ' or 'Đ': sb.Append('d'); break;
                case 'ł' or 'Ł': sb.Append('l'); break;
                case '‐' or '‑' or '–': sb.Append('-'); break;
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // plain ASCII (most words of Latin-script text): lower case is the whole fold; null when another character shows
    private static string? AsciiFold(string s)
    {
        bool upper = false;
        foreach (var c in s)
        {
            if (c >= 128 || c == '`') return null;
            upper |= char.IsAsciiLetterUpper(c);
        }
        return upper ? s.ToLowerInvariant() : s;
    }

    /// <summary>True when the word has at least one letter and no lower-case letter ("IRGC", "ONU", "НАТО").</summary>
    public static bool IsAllCaps(string word)
    {
        bool letter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letter = true;
        }
        return letter;
    }

    /// <summary>True when the text has a letter of a script without case (Arabic, Persian, Urdu, Hebrew...).</summary>
    public static bool IsCaseless(string word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c)) return true;
        return false;
    }

    /// <summary>True for Arabic-script letters.</summary>
    public static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>True for Cyrillic letters.</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
