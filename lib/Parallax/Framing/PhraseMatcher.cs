namespace Parallax.Framing;

/// <summary>
/// Finds phrases given as patterns in a token list: words separated by spaces, "a|b" a choice, a trailing "?" an
/// optional word. Case is ignored and a word matches with or without an elided article ("assassinat" ↔ "l'assassinat").
/// The longest phrase starting at a token wins; matches do not overlap.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<(string Pattern, T Value)> patterns)
    {
        foreach (var (pattern, value) in patterns)
            foreach (var words in Expand(pattern))
            {
                if (words.Length == 0) continue;
                if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
                list.Add((words, value));
            }
        foreach (var l in _byFirst.Values) l.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The folded first words of the phrases.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>Every concrete word sequence a pattern stands for.</summary>
    public static IEnumerable<string[]> Expand(string pattern)
    {
        IEnumerable<string[]> acc = [[]];
        foreach (var raw in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool optional = raw.EndsWith('?') && raw.Length > 1;
            var choices = (optional ? raw[..^1] : raw).Split('|').Select(WordForm.Fold).ToList();
            var current = acc.ToList();
            acc = current.SelectMany(prefix => choices.Select(c => (string[])[.. prefix, c]).Concat(optional ? [prefix] : []));
        }
        return acc.Select(a => a).Distinct(new SequenceComparer()).ToList();
    }

    /// <summary>The phrase starting at token <paramref name="i"/>, longest first, or null.</summary>
    public (int Length, T Value)? MatchAt(IReadOnlyList<WordToken> tokens, int i)
    {
        var t = tokens[i];
        return MatchAt(tokens, i, t.Fold) ?? (t.Elided.Length > 0 ? MatchAt(tokens, i, t.Bare) : null);
    }

    // the phrase whose first word is key (the token's folded form, or its form without an elided article)
    private (int Length, T Value)? MatchAt(IReadOnlyList<WordToken> tokens, int i, string key)
    {
        if (!_byFirst.TryGetValue(key, out var candidates)) return null;
        foreach (var (words, value) in candidates)
        {
            if (i + words.Length > tokens.Count) continue;
            bool ok = true;
            for (int k = 1; k < words.Length && ok; k++) ok = Matches(tokens[i + k], words[k]);
            if (ok) return (words.Length, value);
        }
        return null;
    }

    /// <summary>Every match, left to right, not overlapping.</summary>
    public IEnumerable<(int First, int Length, T Value)> Matches(IReadOnlyList<WordToken> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (MatchAt(tokens, i) is not { } m) continue;
            yield return (i, m.Length, m.Value);
            i += m.Length - 1;
        }
    }

    private static bool Matches(WordToken t, string word) => t.Fold == word || t.Bare == word;

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);
        public int GetHashCode(string[] obj) => obj.Aggregate(17, (h, s) => h * 31 + s.GetHashCode());
    }
}
