namespace Parallax.Names;

/// <summary>
/// A word as name extraction sees it: offsets into the article text, with a French elision ("d’", "l’") and a possessive
/// ("’s", a trailing "’") left outside the span, and lower-case hyphen parts ("-backed", "pro-") cut away.
/// </summary>
/// <param name="Start">Start offset in the article text.</param>
/// <param name="End">End offset in the article text.</param>
/// <param name="Text">The word as written between the offsets.</param>
/// <param name="Possessive">The word carried a possessive that ends the name ("Iran’s").</param>
/// <param name="GapBefore">The characters between the previous word and this one (or the paragraph start).</param>
public sealed record NameWord(int Start, int End, string Text, bool Possessive, string GapBefore)
{
    /// <summary>Starts with an upper-case letter, or with an Arabic article and hyphen before one ("al-Qaeda").</summary>
    public bool IsCapitalised { get; } = Text.Length > 0 && (char.IsUpper(Text[0]) || StartsWithParticleHyphenCapital(Text));

    /// <summary>Two or more letters and no lower-case letter.</summary>
    public bool IsAllCaps { get; } = Text.Length >= 2 && TextFold.IsAllCaps(Text) && !HasDigitIn(Text);

    /// <summary>Has a digit ("M5", "2nd").</summary>
    public bool HasDigit { get; } = HasDigitIn(Text);

    /// <summary>Written in a script without case (Arabic, Persian, Urdu).</summary>
    public bool IsCaseless { get; } = TextFold.IsCaseless(Text);

    /// <summary>Nothing but spaces (and at most one hard line wrap) separates this word from the previous one.</summary>
    public bool Adjacent { get; } = GapBefore == " " || IsSpaceWithOneWrapAtMost(GapBefore);

    /// <summary>The word folded for lookups (lower case, no diacritics).</summary>
    public string Folded { get; } = TextFold.Fold(Text);

    /// <summary>The folded word as phrase lists compare it: apostrophes dropped ("d'imad" → "dimad").</summary>
    public string Key => Folded.Contains('\'') ? Folded.Replace("'", "") : Folded;

    private static bool StartsWithParticleHyphenCapital(string t)
    {
        int h = t.AsSpan().IndexOfAny('-', '‐');
        return h is >= 1 and <= 3 && h + 1 < t.Length && char.IsUpper(t[h + 1]) && t[..h].All(char.IsLower);
    }

    private static bool HasDigitIn(string t)
    {
        foreach (var c in t)
            if (char.IsDigit(c)) return true;
        return false;
    }

    // spaces only, at least one, and at most one line break
    private static bool IsSpaceWithOneWrapAtMost(string gap)
    {
        int breaks = 0;
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c)) return false;
            if (c == '\n') breaks++;
        }
        return gap.Length > 0 && breaks <= 1;
    }
}
