namespace Parallax.Loading;

/// <summary>The writing system of a letter, by Unicode block.</summary>
public static class ScriptOf
{
    /// <summary>The script names, indexed by <see cref="Index(char)"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["latin", "greek", "cyrillic", "hebrew", "arabic", "devanagari", "thai", "hangul", "kana", "han", "other"];

    /// <summary>Positions of two scripts the language guess treats specially (Japanese mixes kana into han).</summary>
    public const int Kana = 8, Han = 9;

    /// <summary>latin, cyrillic, arabic, greek, hebrew, devanagari, thai, hangul, kana, han, or other.</summary>
    public static string Letter(char c) => Names[Index(c)];

    /// <summary>The position of the letter's script in <see cref="Names"/>.</summary>
    public static int Index(char c) => c switch
    {
        <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') => 0,
        >= '\u0370' and <= '\u03FF' => 1,
        >= '\u0400' and <= '\u052F' => 2,
        >= '\u0590' and <= '\u05FF' => 3,
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => 4,
        >= '\u0900' and <= '\u097F' => 5,
        >= '\u0E00' and <= '\u0E7F' => 6,
        (>= '\u1100' and <= '\u11FF') or (>= '\uAC00' and <= '\uD7AF') => 7,
        >= '\u3040' and <= '\u30FF' => Kana,
        (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') => Han,
        _ => 10,
    };
}
