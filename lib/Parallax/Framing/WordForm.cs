namespace Parallax.Framing;

/// <summary>Folded word forms for lexicon lookups: lower case, curly apostrophes made straight, elided articles split off.</summary>
public static class WordForm
{
    private static readonly string[] Elisions = ["l'", "d'", "qu'", "j'", "n'", "s'", "m'", "c'", "t'", "jusqu'", "lorsqu'", "puisqu'"];

    /// <summary>Lower case with ’ and ‘ read as '.</summary>
    public static string Fold(string word) => Parallax.Text.TextCase.Lower(word.Replace('’', '\'').Replace('‘', '\''));

    /// <summary>The word without a leading elided article ("l'opposition" → "opposition"), and that article (or "").</summary>
    public static (string Bare, string Elided) SplitElision(string folded)
    {
        int apostrophe = folded.IndexOf('\'');
        if (apostrophe is < 1 or > 6) return (folded, "");
        foreach (var e in Elisions)
            if (folded.Length > e.Length + 1 && folded.StartsWith(e, StringComparison.Ordinal))
                return (folded[e.Length..], e);
        return (folded, "");
    }

    /// <summary>Lower case without diacritics ("Téhéran" → "teheran"), for matching names across languages.</summary>
    public static string Key(string word)
    {
        // ASCII has no marks and no curly apostrophes: lower case is the whole key (the word itself when already lower)
        if (System.Text.Ascii.IsValid(word)) return word.ToLowerInvariant();
        var d = Fold(word).Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(d.Length);
        foreach (var c in d)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>The word without a trailing possessive 's ("Assad's" → "Assad"), or null when it has none.</summary>
    public static string? Possessor(string word)
    {
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            return word[..^2];
        return null;
    }
}
