using FsCheck;
using FsCheck.Fluent;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// FsCheck generators of hostile text: news-like fragments (names, reporting verbs, quotes, labels, hedges) mixed with
/// astral characters, combining marks, bidi controls, lone surrogates, odd spaces and line breaks, and raw random chars.
/// </summary>
public static class HostileGen
{
    private static readonly string[] Words =
    [
        "said", "told", "according to", "reportedly", "allegedly", "claimed", "the", "mayor", "police", "officials",
        "Maria Lindqvist", "Omar Haddad", "Dr. Anna Berg", "President Kofi Mensah", "the Coastal Herald", "Reuters",
        "killed", "died", "martyred", "protesters", "rioters", "terrorists", "militants", "may have", "it is unclear",
        "Ministry of Ports", "Lyon", "Tehran", "Kyiv", "Étienne Façonnet", "a déclaré", "selon", "گفت", "به گزارش", "خبرگزاری",
        "Иван Петров", "заявил", "1,200", "2024-03-05", "Tuesday", "he", "she", "they", "added", "according to the ministry",
    ];

    private static readonly string[] Marks =
    [
        "\"", "“", "”", "«", "»", "‘", "’", "'", "„", "‹", "›", "「", "」", ",", ".", ":", ";", "!", "?", "—", "-", "(", ")",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00A0", "\u2009", "\u3000", "\u2028", "\u0085",
        "\u200B", "\u200C", "\u200D", "\u00AD", "\uFEFF", "\u202E", "\u202C", "\u2066", "\u2069", "\u200F",
        "\u0301", "\u0327", "\u0489", "\u064B", "😀", "👨‍👩‍👧", "🇫🇷", "𝐉𝐨𝐡𝐧", "𠀋", "\U0001F3F3\uFE0F\u200D\U0001F308",
        "\uD800", "\uDC00", "\uDBFF", "\uE000", "\uFFFD", "\uFFFF", "\u0007", "<script>", "</p>", "&amp;", "\\",
    ];

    /// <summary>One random char from the whole UTF-16 range (surrogates included).</summary>
    public static Gen<string> AnyChar { get; } = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    /// <summary>One astral character, as its surrogate pair.</summary>
    public static Gen<string> Astral { get; } = Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);

    /// <summary>A piece of hostile text.</summary>
    public static Gen<string> Piece { get; } = Gen.Frequency(
        (6, Gen.Elements(Words).Select(w => w + " ")),
        (5, Gen.Elements(Marks)),
        (1, AnyChar),
        (1, Astral));

    /// <summary>Hostile text: a list of pieces joined.</summary>
    public static Gen<string> Text { get; } = Gen.ListOf(Piece).Select(p => string.Concat(p));

    /// <summary>Text as FsCheck shrinks it (by dropping characters).</summary>
    public static Arbitrary<string> TextArb { get; } = Arb.From(Text, s => Enumerable.Range(0, Math.Min(s.Length, 20)).Select(i => s.Remove(i * s.Length / Math.Min(s.Length, 20), 1)));

    /// <summary>A small corpus: 1 to 5 articles, each (file name, content), in text, Markdown or JSON Lines.</summary>
    public static Gen<IReadOnlyList<(string Name, string Content)>> Corpus { get; } =
        Gen.Choose(1, 5).SelectMany(n => Gen.ListOf(Article, n)).Select(list =>
            (IReadOnlyList<(string, string)>)list.Select((a, i) => ($"a{i}{a.Ext}", a.Content.Replace("§ID§", $"a{i}"))).ToList());

    private static Gen<(string Ext, string Content)> Article { get; } = Gen.Frequency(
        (3, Text.Select(t => (".txt", t))),
        (2, Gen.Zip(Text, Gen.Elements(Words)).Select(p => (".md", $"---\ntitle: \"{Yaml(p.Item2)}\"\n---\n# {p.Item2}\n\n{p.Item1}"))),
        (1, Text.Select(t => (".jsonl", $"{{\"id\": \"§ID§\", \"outlet\": \"Coastal Herald\", \"text\": {Json(t)}}}\n"))),
        (1, Text.Select(t => (".html", $"<html><body><article><h1>{System.Net.WebUtility.HtmlEncode(t.Length > 20 ? t[..20] : t)}</h1><p>{System.Net.WebUtility.HtmlEncode(t)}</p></article></body></html>"))));

    /// <summary>A JSON string literal with every non-ASCII char escaped (lone surrogates survive as escapes).</summary>
    public static string Json(string s) =>
        "\"" + string.Concat(s.Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}")) + "\"";

    private static string Yaml(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
