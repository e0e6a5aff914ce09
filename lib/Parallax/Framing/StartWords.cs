namespace Parallax.Framing;

/// <summary>
/// The folded words a lexicon look-up can start with (first words of phrases, single-word entries): a token whose
/// folded form and form without an elided article are both outside the set starts none, and needs no further look-up.
/// </summary>
public sealed class StartWords(IEnumerable<string> words)
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

    /// <summary>True when some look-up may start at the token.</summary>
    public bool MayStart(in WordToken t) =>
        _words.Contains(t.Fold) || !ReferenceEquals(t.Bare, t.Fold) && t.Bare != t.Fold && _words.Contains(t.Bare);
}
