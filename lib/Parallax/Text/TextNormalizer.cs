using System.Text;

namespace Parallax.Text;

/// <summary>
/// Normalises article text: NFC; no-break and other Unicode spaces become plain spaces; zero-width characters removed;
/// CRLF and CR become LF. Idempotent.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < nfc.Length && nfc[i + 1] == '\n') i++;
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                case '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c != ' ' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator ? ' ' : c);
                    break;
            }
        }
        return sb.ToString();
    }
}
