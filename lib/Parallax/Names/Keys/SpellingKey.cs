namespace Parallax.Names.Keys;

/// <summary>
/// The transliteration key of one name word and the spelling rules that produced it: "Qaddafi" → "kadafi" with
/// "q/k/g" (on "q") and "doubled letters" (on "dd"). Two spellings with equal keys are one name; the rules that fired
/// differently on them say why.
/// </summary>
/// <param name="Source">The word as written.</param>
/// <param name="Key">Lower-case key; upper-case letters are placeholders of sounds (S = "sh", J = "j").</param>
/// <param name="Fired">Each rule that changed the word, with the text it matched.</param>
/// <param name="Script">"latin", "cyrillic" or "arabic".</param>
public sealed record SpellingKey(string Source, string Key, IReadOnlyList<(string Rule, string Match)> Fired, string Script)
{
    private const string Vowels = "aeiu";

    /// <summary>The consonants of the key, in order.</summary>
    public string Consonants { get; } = string.Concat(Key.Where(c => !Vowels.Contains(c)));

    /// <summary>
    /// The key reduced for comparison with Arabic script: consonants only, with y, v and a final h dropped and z, d in one class.
    /// </summary>
    public string Skeleton { get; } = Script == "arabic" ? Key : ArabicSkeleton.FromLatinKey(Key);
}
