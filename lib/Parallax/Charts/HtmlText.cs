using System.Net;
using System.Text;

namespace Parallax.Charts;

/// <summary>Escaping of data text for HTML pages, Plotly labels and inline scripts.</summary>
public static class HtmlText
{
    /// <summary>Escapes text for HTML element content or a quoted attribute.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// Escapes data text for Plotly labels and hover text, which Plotly reads as a small HTML subset:
    /// the text shows literally and no tag or link in the data is honoured.
    /// </summary>
    public static string Label(string? text) => Escape(text).Replace("\n", "<br>");

    /// <summary>Makes a JSON document safe inside an HTML <c>&lt;script&gt;</c> element (no closing tag, no comment opener).</summary>
    public static string ScriptSafeJson(string json)
    {
        var sb = new StringBuilder(json.Length + 16);
        foreach (var c in json)
            sb.Append(c switch
            {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>A file-name-safe slug: lower-case letters, digits and hyphens.</summary>
    public static string Slug(string? text, string fallback = "chart")
    {
        var sb = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c < 128 && char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))) sb.Append('-');
            if (sb.Length >= 60) break;
        }
        var s = sb.ToString().Trim('-');
        return s.Length == 0 ? fallback : s;
    }
}
