using System.Globalization;

namespace Parallax.Loading;

/// <summary>
/// Guesses a text's language from the profiles in <c>languages.yaml</c>: first the writing system, then, among the
/// languages written in it, function words per word and distinctive letters per letter (this is how Arabic, Persian
/// and Urdu are told apart). Confidence (0..1) grows with the margin over the runner-up and with the evidence seen.
/// One pass over the text counts letters per script, words, and each language's function words and letters.
/// </summary>
public sealed class LanguageDetector
{
    private readonly IReadOnlyList<(string Code, LanguageProfile Profile)> _langs;
    // function word → the languages listing it; distinctive letter → the languages listing it (indexes into _langs)
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _wordLangs;
    private readonly Dictionary<char, int[]> _letterLangs;
    private readonly bool[] _asciiMarks = new bool[128];

    public LanguageDetector(LanguageProfiles profiles)
    {
        _langs = profiles.Languages.Select(kv => (kv.Key, kv.Value)).ToList();
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var letters = new Dictionary<char, List<int>>();
        for (int i = 0; i < _langs.Count; i++)
        {
            foreach (var w in _langs[i].Profile.Stopwords.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
                (words.TryGetValue(w, out var l) ? l : words[w] = []).Add(i);
            foreach (var c in _langs[i].Profile.Letters.Distinct())
                (letters.TryGetValue(c, out var l) ? l : letters[c] = []).Add(i);
        }
        _wordLangs = words.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _letterLangs = letters.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        foreach (var c in _letterLangs.Keys) if (c < 128) _asciiMarks[c] = true;
    }

    public static LanguageDetector For(KitData data) => new(LanguageProfiles.For(data));

    /// <summary>The language code and confidence, or (null, 0) when nothing fits.</summary>
    public (string? Language, double Confidence) Detect(string text)
    {
        var counts = Count(text);
        if (counts.Letters == 0) return (null, 0);
        // the script with most letters; on a tie, the one met first
        int script = -1;
        foreach (var s in counts.ScriptOrder)
            if (script < 0 || counts.Scripts[s] > counts.Scripts[script]) script = s;
        if (script == ScriptOf.Han && counts.Scripts[ScriptOf.Kana] * 10 > counts.Scripts[script]) script = ScriptOf.Kana;
        var name = ScriptOf.Names[script];
        int inScript = counts.Scripts[script];
        var candidates = Enumerable.Range(0, _langs.Count).Where(i => _langs[i].Profile.Script == name).ToList();
        double scriptShare = (double)inScript / counts.Letters;
        if (candidates.Count == 0) return (null, 0);
        if (candidates.Count == 1) return (_langs[candidates[0]].Code, Math.Round(scriptShare * Math.Min(1, inScript / 40.0), 3));

        var scored = candidates.Select(i =>
        {
            int hits = counts.Hits[i];
            int marks = _langs[i].Profile.Letters.Length == 0 ? 0 : counts.Marks[i];
            double score = (double)hits / Math.Max(1, counts.Words) + 0.5 * marks / Math.Max(1, inScript);
            return (_langs[i].Code, Score: score, Hits: hits);
        }).OrderByDescending(x => x.Score).ToList();
        var best = scored[0];
        if (best.Score <= 0) return (null, 0);
        double margin = (best.Score - scored[1].Score) / best.Score;
        double evidence = Math.Min(1, best.Hits / 8.0);
        return (best.Code, Math.Round(Math.Clamp(scriptShare * (0.5 + 0.5 * margin) * evidence, 0, 1), 3));
    }

    private sealed record Counts(int Letters, int[] Scripts, List<int> ScriptOrder, int Words, int[] Hits, int[] Marks);

    // Words are runs of letters and combining marks, lower-cased letter by letter; every character of the text counts
    // towards the distinctive letters it is.
    private Counts Count(string text)
    {
        var scripts = new int[ScriptOf.Names.Count];
        var order = new List<int>(2);
        int[] hits = new int[_langs.Count], marks = new int[_langs.Count];
        int letters = 0, words = 0, len = 0;
        char[] word = System.Buffers.ArrayPool<char>.Shared.Rent(64);
        try
        {
            foreach (var c in text)
            {
                if ((c >= 128 || _asciiMarks[c]) && _letterLangs.TryGetValue(c, out var markLangs))
                    foreach (var i in markLangs) marks[i]++;
                bool letter = char.IsLetter(c);
                if (letter)
                {
                    letters++;
                    int s = ScriptOf.Index(c);
                    if (scripts[s]++ == 0) order.Add(s);
                }
                if (letter || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    if (len == word.Length) Grow(ref word);
                    word[len++] = char.ToLowerInvariant(c);
                }
                else if (len > 0) { EndWord(word.AsSpan(0, len), hits); words++; len = 0; }
            }
            if (len > 0) { EndWord(word.AsSpan(0, len), hits); words++; }
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(word); }
        return new Counts(letters, scripts, order, words, hits, marks);
    }

    private void EndWord(ReadOnlySpan<char> word, int[] hits)
    {
        if (_wordLangs.TryGetValue(word, out var langs))
            foreach (var i in langs) hits[i]++;
    }

    private static void Grow(ref char[] buffer)
    {
        var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(bigger, 0);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
    }
}
