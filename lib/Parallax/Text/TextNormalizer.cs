using System.Text;

namespace Parallax.Text;

/// <summary>
/// Normalises article text: NFC; no-break and other Unicode spaces become plain spaces; zero-width characters removed;
/// CRLF and CR become LF; unpaired surrogates and U+FFFE become U+FFFD, so the text is always valid UTF-16. Idempotent.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        // Cleaning before NFC lets marks split from their base by a removed zero-width character compose, so a second
        // pass finds nothing left to do; NFC never reintroduces what the cleaning removes.
        var clean = Clean(text);
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : Clean(clean.Normalize(NormalizationForm.FormC));
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                case '\t':
                    sb.Append(' ');
                    break;
                case '\uFFFE':
                    sb.Append('\uFFFD');
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
                    else sb.Append('\uFFFD');
                    break;
                default:
                    sb.Append(c != ' ' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator ? ' ' : c);
                    break;
            }
        }
        return sb.ToString();
    }
}
