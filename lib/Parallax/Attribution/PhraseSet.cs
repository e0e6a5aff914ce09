using Parallax.Text;

namespace Parallax.Attribution;

/// <summary>
/// A set of words and multi-word phrases matched on tokens, case-insensitively, with typographic apostrophes
/// folded to straight ones. Longest phrase wins.
/// </summary>
public sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<string> phrases)
    {
        foreach (var p in phrases)
        {
            var words = Tokenizer.Tokenize(p).Select(t => Fold(t.Text)).ToArray();
            if (words.Length == 0) continue;
            if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
            if (!list.Any(w => w.SequenceEqual(words))) list.Add(words);
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
        _words = _byFirst.Where(kv => kv.Value.Any(w => w.Length == 1)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    // the one-word phrases
    private readonly HashSet<string> _words;

    /// <summary>Lower case with ’ folded to '.</summary>
    public static string Fold(string word)
    {
        foreach (var c in word)
            if (c >= 128 || char.IsAsciiLetterUpper(c)) return Parallax.Text.TextCase.Lower(word.Replace('’', '\''));
        return word;
    }

    /// <summary>The folded first words of the phrases.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>True when the single word is in the set.</summary>
    public bool Contains(string word) => _words.Contains(Fold(word));

    /// <summary>True when the single word, already folded (<see cref="Fold"/>), is in the set.</summary>
    public bool ContainsFolded(string folded) => _words.Contains(folded);

    /// <summary>Number of tokens of the longest phrase starting at <paramref name="i"/> (0 when none).</summary>
    public int MatchAt(IReadOnlyList<string> folded, int i, int end = -1) => MatchAt(Words(folded), i, end);

    // the words as a span (a sentence's folded words are an array: no interface call per word)
    private static ReadOnlySpan<string> Words(IReadOnlyList<string> folded) => folded switch
    {
        string[] array => array,
        List<string> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => folded.ToArray(),
    };

    private int MatchAt(ReadOnlySpan<string> folded, int i, int end)
    {
        if (end < 0) end = folded.Length;
        if (i >= end || !_byFirst.TryGetValue(folded[i], out var list)) return 0;
        foreach (var words in list)
        {
            if (i + words.Length > end) continue;
            bool ok = true;
            for (int k = 1; k < words.Length && ok; k++) ok = folded[i + k] == words[k];
            if (ok) return words.Length;
        }
        return 0;
    }

    /// <summary>True when some phrase of the set ends exactly at <paramref name="end"/> (exclusive).</summary>
    public bool EndsAt(IReadOnlyList<string> folded, int end)
    {
        var words = Words(folded);
        for (int i = Math.Max(0, end - 6); i < end; i++) if (MatchAt(words, i, end) == end - i) return true;
        return false;
    }

    /// <summary>True when some phrase of the set occurs in folded[start..end).</summary>
    public bool OccursIn(IReadOnlyList<string> folded, int start, int end)
    {
        var words = Words(folded);
        for (int i = start; i < end; i++) if (MatchAt(words, i, end) > 0) return true;
        return false;
    }
}
