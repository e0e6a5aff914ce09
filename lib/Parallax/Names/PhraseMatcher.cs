using Parallax.Text;

namespace Parallax.Names;

/// <summary>
/// Finds known multi-word phrases (place names, organisation names, titles) in a list of words, longest match first.
/// Words are compared folded (case and diacritics); a phrase that starts with a capital only matches a capitalised word
/// unless <c>anyCase</c> is asked for.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, bool Capital, T Value)>> _byFirst = new(StringComparer.Ordinal);

    // whole phrases looked up before (Find splits and folds its phrase, which costs more than the lookup)
    private readonly LookupMemo<string, T?> _found;

    /// <summary>An empty matcher.</summary>
    public PhraseMatcher() => _found = new(FindUncached, comparer: StringComparer.Ordinal);

    /// <summary>Adds a phrase; later additions of the same phrase are kept after earlier ones.</summary>
    public void Add(string phrase, T value)
    {
        var words = Words(phrase);
        if (words.Length == 0 || words.Any(w => w.Length == 0)) return;
        // a phrase whose words lose part of it ("Russia-24" splits as "Russia") would match something else
        if (phrase.Count(char.IsDigit) != words.Sum(w => w.Count(char.IsDigit))) return;
        bool capital = char.IsUpper(phrase.TrimStart()[0]);
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
        list.Add((words, capital, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _found.Clear();
    }

    /// <summary>The longest phrase starting at word <paramref name="i"/>: its length in words and value.</summary>
    public (int Length, T Value)? Match(IReadOnlyList<NameWord> words, int i, bool anyCase = false)
    {
        if (!_byFirst.TryGetValue(words[i].Key, out var list)) return null;
        foreach (var (w, capital, value) in list)
        {
            if (i + w.Length > words.Count) continue;
            if (capital && !anyCase && !char.IsUpper(words[i].Text[0]) && !words[i].IsCapitalised) continue;
            bool ok = true;
            for (int k = 1; k < w.Length && ok; k++)
                ok = words[i + k].Key == w[k] && words[i + k].Adjacent && !words[i + k - 1].Possessive;
            if (ok) return (w.Length, value);
        }
        return null;
    }

    /// <summary>Keys of the first words of all phrases.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>True when some phrase starts with the word of this key (<see cref="NameWord.Key"/>).</summary>
    public bool StartsWith(string key) => _byFirst.ContainsKey(key);

    /// <summary>True when the phrase (folded) is known.</summary>
    public bool Contains(string phrase) => Find(phrase) is not null;

    /// <summary>The value of a whole phrase, if known.</summary>
    public T? Find(string phrase) => _found[phrase];

    private T? FindUncached(string phrase)
    {
        var words = Words(phrase);
        if (words.Length == 0 || !_byFirst.TryGetValue(words[0], out var list)) return default;
        foreach (var (w, _, value) in list)
            if (w.SequenceEqual(words)) return value;
        return default;
    }

    /// <summary>The folded words of a phrase, split as the text would be ("Iran's" → "iran").</summary>
    public static string[] Words(string phrase) =>
        WordSplitter.Split(phrase, 0, phrase.Length, EmptySet).Select(w => Key(w.Folded)).ToArray();

    /// <summary>A word as compared: folded, apostrophes dropped.</summary>
    public static string Key(string folded) => folded.Contains('\'') ? folded.Replace("'", "") : folded;

    private static readonly HashSet<string> EmptySet = new(["al", "el", "Al", "El", "ez", "ad", "as", "ash", "ar", "an", "at", "az"]);
}
