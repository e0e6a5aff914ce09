using System.Text.RegularExpressions;
using Parallax.Names.Data;

namespace Parallax.Names.Keys;

/// <summary>
/// Builds the transliteration key of a name word from the rules of <c>transliteration.yaml</c>: case and diacritics
/// folded, apostrophes, ayin marks and hyphens dropped, then each spelling rule in order. Cyrillic words are first
/// transliterated (<see cref="CyrillicTransliterator"/>); Arabic-script words get a consonant skeleton
/// (<see cref="ArabicSkeleton"/>).
/// </summary>
public sealed class TransliterationKey
{
    private readonly List<(TransliterationRule Rule, Regex Regex)> _rules;
    private readonly CyrillicTransliterator _cyrillic;
    private readonly ArabicSkeleton _arabic;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SpellingKey> _cache = new(StringComparer.Ordinal);

    public TransliterationFile File { get; }

    public TransliterationKey(TransliterationFile file, CyrillicTransliterator cyrillic, ArabicSkeleton arabic)
    {
        File = file;
        _cyrillic = cyrillic;
        _arabic = arabic;
        _rules = file.Rules.Select(r => (r, new Regex(r.Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled))).ToList();
    }

    /// <summary>The kit's rules plus the corpus folder's (user rules run after the kit's).</summary>
    public static TransliterationKey For(KitData data)
    {
        var file = data.Load<TransliterationFile>("transliteration.yaml", (k, u) => new TransliterationFile { Rules = [.. k.Rules, .. u.Rules], VowelTolerance = k.VowelTolerance });
        return new TransliterationKey(file, CyrillicTransliterator.For(data), ArabicSkeleton.For(data));
    }

    /// <summary>The key of one word.</summary>
    public SpellingKey Of(string word) => _cache.GetOrAdd(word, Build);

    private SpellingKey Build(string word)
    {
        if (word.Any(TextFold.IsArabicScript)) return new SpellingKey(word, _arabic.Of(word), [("Arabic-script skeleton", word)], "arabic");
        var fired = new List<(string, string)>();
        string script = "latin";
        string s = word;
        if (word.Any(TextFold.IsCyrillic))
        {
            s = _cyrillic.ToLatin(word);
            script = "cyrillic";
            fired.Add(("Cyrillic transliteration", word));
        }
        s = TextFold.Fold(s);
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        s = sb.ToString();
        foreach (var (rule, regex) in _rules)
        {
            var current = s;
            s = regex.Replace(current, m =>
            {
                fired.Add((rule.Name, m.Value));
                return m.Result(rule.Replace);
            });
        }
        return new SpellingKey(word, s, fired, script);
    }
}
