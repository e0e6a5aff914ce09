namespace Parallax.Names.Keys;

/// <summary>
/// A person's name split for comparison: honorific ("Haji"), the name words with their keys, and the particles met on
/// the way (an Arabic article "al-" is dropped from the word it prefixes; "bin", "Abu", "de" are kept as particles).
/// </summary>
/// <param name="Text">The mention text.</param>
/// <param name="Honorific">The canonical honorific of the group, as written in <c>honorifics.yaml</c>, or null.</param>
/// <param name="HonorificText">The honorific as written.</param>
/// <param name="Tokens">Name words (not particles or honorifics) with their keys.</param>
/// <param name="Particles">Particles as written, in order.</param>
/// <param name="HadArticle">Some word carried an Arabic article.</param>
public sealed record PersonName(string Text, string? Honorific, string? HonorificText, IReadOnlyList<NameToken> Tokens, IReadOnlyList<string> Particles, bool HadArticle)
{
    /// <summary>Two or more name words.</summary>
    public bool IsFull => Tokens.Count >= 2;
}

/// <summary>A name word and its transliteration key.</summary>
public sealed record NameToken(string Text, SpellingKey Key);
