namespace Parallax.Loading;

/// <summary>
/// Guesses a text's language from the profiles in <c>languages.yaml</c>: first the writing system, then, among the
/// languages written in it, function words per word and distinctive letters per letter (this is how Arabic, Persian
/// and Urdu are told apart). Confidence (0..1) grows with the margin over the runner-up and with the evidence seen.
/// </summary>
public sealed class LanguageDetector(LanguageProfiles profiles)
{
    private readonly IReadOnlyList<(string Code, LanguageProfile Profile, HashSet<string> Words, HashSet<char> Letters)> _langs =
        profiles.Languages.Select(kv => (kv.Key, kv.Value, kv.Value.Stopwords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            kv.Value.Letters.ToHashSet())).ToList();

    public static LanguageDetector For(KitData data) => new(LanguageProfiles.For(data));

    /// <summary>The language code and confidence, or (null, 0) when nothing fits.</summary>
    public (string? Language, double Confidence) Detect(string text)
    {
        var scripts = new Dictionary<string, int>();
        int letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            var s = ScriptOf.Letter(c);
            scripts[s] = scripts.GetValueOrDefault(s) + 1;
        }
        if (letters == 0) return (null, 0);
        var script = scripts.MaxBy(kv => kv.Value).Key;
        if (script == "han" && scripts.GetValueOrDefault("kana") * 10 > scripts[script]) script = "kana";
        var candidates = _langs.Where(l => l.Profile.Script == script).ToList();
        double scriptShare = (double)scripts[script] / letters;
        if (candidates.Count == 0) return (null, 0);
        if (candidates.Count == 1) return (candidates[0].Code, Math.Round(scriptShare * Math.Min(1, scripts[script] / 40.0), 3));

        var words = Words(text);
        var scored = candidates.Select(l =>
        {
            int hits = words.Count(l.Words.Contains);
            int marks = l.Letters.Count == 0 ? 0 : text.Count(l.Letters.Contains);
            double score = (double)hits / Math.Max(1, words.Count) + 0.5 * marks / Math.Max(1, scripts[script]);
            return (l.Code, Score: score, Hits: hits);
        }).OrderByDescending(x => x.Score).ToList();
        var best = scored[0];
        if (best.Score <= 0) return (null, 0);
        double margin = (best.Score - scored[1].Score) / best.Score;
        double evidence = Math.Min(1, best.Hits / 8.0);
        return (best.Code, Math.Round(Math.Clamp(scriptShare * (0.5 + 0.5 * margin) * evidence, 0, 1), 3));
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
