namespace Parallax.Names.Extraction;

/// <summary>Nominative guesses for a Russian or Ukrainian word in another case ("Киеве" → "Киев", "Москве" → "Москва").</summary>
public static class RussianCases
{
    private static readonly string[] Endings = ["ом", "ем", "ой", "ей", "ью", "е", "у", "ю", "а", "я", "ы", "и"];
    private static readonly string[] Nominative = ["", "а", "я", "ь", "ия"];

    /// <summary>True when the word has a Cyrillic letter (only such words have other cases to undo).</summary>
    public static bool HasCyrillic(string word)
    {
        foreach (var c in word)
            if (TextFold.IsCyrillic(c)) return true;
        return false;
    }

    public static IEnumerable<string> Nominatives(string word)
    {
        if (!HasCyrillic(word)) yield break;
        foreach (var e in Endings)
        {
            if (word.Length - e.Length < 3 || !word.EndsWith(e, StringComparison.Ordinal)) continue;
            var stem = word[..^e.Length];
            foreach (var n in Nominative) yield return stem + n;
        }
    }
}
