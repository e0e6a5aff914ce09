namespace Parallax.Names.Extraction;

/// <summary>Nominative guesses for a Russian or Ukrainian word in another case ("Киеве" → "Киев", "Москве" → "Москва").</summary>
public static class RussianCases
{
    private static readonly string[] Endings = ["ом", "ем", "ой", "ей", "ью", "е", "у", "ю", "а", "я", "ы", "и"];
    private static readonly string[] Nominative = ["", "а", "я", "ь", "ия"];

    public static IEnumerable<string> Nominatives(string word)
    {
        if (!word.Any(TextFold.IsCyrillic)) yield break;
        foreach (var e in Endings)
        {
            if (word.Length - e.Length < 3 || !word.EndsWith(e, StringComparison.Ordinal)) continue;
            var stem = word[..^e.Length];
            foreach (var n in Nominative) yield return stem + n;
        }
    }
}
