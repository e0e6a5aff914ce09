using Parallax.Framing;

namespace Parallax.Reuse;

/// <summary>Schema of <c>function-words.yaml</c>.</summary>
public sealed class FunctionWordList
{
    public Dictionary<string, List<string>> Languages { get; set; } = [];
}

/// <summary>Guesses a text's language from its share of each language's function words (used when the loader gives none).</summary>
public sealed class LanguageGuess(FunctionWordList list)
{
    private readonly Dictionary<string, HashSet<string>> _words = list.Languages.ToDictionary(kv => kv.Key, kv => kv.Value.Select(WordForm.Fold).ToHashSet());

    public static LanguageGuess For(KitData data) => new(new FunctionWordList { Languages = Words(data) });

    /// <summary>Function words per language: the kit's list plus the corpus folder's.</summary>
    public static Dictionary<string, List<string>> Words(KitData data) =>
        data.Load<FunctionWordList>("function-words.yaml", (kit, user) =>
        {
            var merged = kit.Languages.ToDictionary(kv => kv.Key, kv => kv.Value.ToList());
            foreach (var (lang, words) in user.Languages) merged[lang] = [.. merged.GetValueOrDefault(lang) ?? [], .. words];
            return new FunctionWordList { Languages = merged };
        }).Languages;

    /// <summary>The article's language as given, else the language whose function words cover most tokens (null for none).</summary>
    public string? Of(Article article)
    {
        if (!string.IsNullOrEmpty(article.Language)) return article.Language;
        var counts = new Dictionary<string, int>();
        foreach (var t in Parallax.Text.Tokenizer.Tokenize(article.Text))
        {
            if (!t.IsWord) continue;
            var (bare, elided) = WordForm.SplitElision(WordForm.Fold(t.Text));
            foreach (var (lang, words) in _words)
                if (words.Contains(bare) || elided.Length > 0 && words.Contains(elided.TrimEnd('\''))) counts[lang] = counts.GetValueOrDefault(lang) + 1;
        }
        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }
}
