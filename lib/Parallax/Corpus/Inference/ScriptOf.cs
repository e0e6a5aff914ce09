namespace Parallax.Loading;

/// <summary>The writing system of a letter, by Unicode block.</summary>
public static class ScriptOf
{
    /// <summary>latin, cyrillic, arabic, greek, hebrew, devanagari, thai, hangul, kana, han, or other.</summary>
    public static string Letter(char c) => c switch
    {
        <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') => "latin",
        >= '\u0370' and <= '\u03FF' => "greek",
        >= '\u0400' and <= '\u052F' => "cyrillic",
        >= '\u0590' and <= '\u05FF' => "hebrew",
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => "arabic",
        >= '\u0900' and <= '\u097F' => "devanagari",
        >= '\u0E00' and <= '\u0E7F' => "thai",
        (>= '\u1100' and <= '\u11FF') or (>= '\uAC00' and <= '\uD7AF') => "hangul",
        >= '\u3040' and <= '\u30FF' => "kana",
        (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') => "han",
        _ => "other",
    };
}
