using System.Globalization;
using System.Text;

namespace Parallax.Loading;

/// <summary>
/// Replaces JSON escapes of unpaired surrogates (<c>\ud800</c> with no low half) by <c>\ufffd</c>: a scraper's cut
/// emoji costs one character instead of the article, and the text stays valid UTF-16.
/// </summary>
public static class SurrogateEscapes
{
    /// <summary>The JSON text with unpaired surrogate escapes replaced; <paramref name="repaired"/> counts them.</summary>
    public static string Repair(string json, out int repaired)
    {
        repaired = 0;
        if (!MayHaveSurrogateEscape(json)) return json;
        var sb = new StringBuilder(json.Length);
        for (int i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\' || i + 1 >= json.Length) { sb.Append(json[i]); continue; }
            if (json[i + 1] != 'u' || Hex(json, i + 2) is not { } c)
            {
                sb.Append(json, i, 2);
                i++;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 12 <= json.Length && json[i + 6] == '\\' && json[i + 7] == 'u' && Hex(json, i + 8) is { } low && char.IsLowSurrogate(low))
            {
                sb.Append(json, i, 12);
                i += 11;
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append("\\ufffd");
                repaired++;
                i += 5;
            }
            else
            {
                sb.Append(json, i, 6);
                i += 5;
            }
        }
        return repaired == 0 ? json : sb.ToString();
    }

    // true when some "\u" is followed by d8..df (any case): the only escapes this repairs
    private static bool MayHaveSurrogateEscape(string json)
    {
        for (int i = json.IndexOf("\\u", StringComparison.Ordinal); i >= 0 && i + 3 < json.Length; i = json.IndexOf("\\u", i + 2, StringComparison.Ordinal))
            if (json[i + 2] is 'd' or 'D' && json[i + 3] is (>= '8' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')) return true;
        return false;
    }

    private static char? Hex(string s, int at) =>
        at + 4 <= s.Length && ushort.TryParse(s.AsSpan(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v) ? (char)v : null;
}
