using System.Text.RegularExpressions;

namespace Parallax.Framing;

/// <summary>Whether a token reads as part of a proper name: capitalised and not a function word, or "al-Assad"-style.</summary>
public static partial class NameTokens
{
    [GeneratedRegex(@"^\p{Ll}{1,4}[-‐]\p{Lu}")]
    private static partial Regex ParticleName();

    public static bool IsName(WordToken t, ActorLexicon lexicon) =>
        t.IsWord && !lexicon.Stopwords.Contains(t.Fold) && !lexicon.Determiners.Contains(t.Fold) && IsNameText(t.Text);

    public static bool IsNameText(string text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || ParticleName().IsMatch(text));
}
