using Parallax.Names.Data;

namespace Parallax.Names.Keys;

/// <summary>
/// Compares names word by word. Two words agree when their transliteration keys are equal, when only one vowel inside
/// a long word differs (<c>vowel_tolerance</c>), or across scripts when their consonant skeletons agree. Two full names
/// agree only when every word agrees: a different first name keeps two people apart. The result lists the rules that
/// make the spellings equal.
/// </summary>
public sealed class NameMatcher
{
    private readonly NameLexicon _lexicon;
    private readonly VowelTolerance _tolerance;
    private readonly int _minSkeleton;
    private readonly Dictionary<string, int> _firstNameGroup = new(StringComparer.Ordinal);

    public TransliterationKey Keys { get; }

    public NameMatcher(NameLexicon lexicon, TransliterationKey keys, int minSkeleton, FirstNameEquivalents? equivalents = null)
    {
        _lexicon = lexicon;
        if (equivalents is not null)
            for (int g = 0; g < equivalents.Groups.Count; g++)
                foreach (var n in equivalents.Groups[g]) _firstNameGroup.TryAdd(Glue(TextFold.Fold(n)), g);
        Keys = keys;
        _tolerance = keys.File.VowelTolerance;
        _minSkeleton = minSkeleton;
    }

    public static NameMatcher For(KitData data) =>
        new(NameLexicon.For(data), TransliterationKey.For(data), ArabicSkeleton.For(data).Table.MinConsonants,
            data.Load<FirstNameEquivalents>("first_name_equivalents.yaml", (k, u) => new FirstNameEquivalents { Groups = [.. k.Groups, .. u.Groups] }));

    private static string Glue(string s) => s.Replace(" ", "");

    // "Benjamin" / "Биньямин": one first name in two languages (first_name_equivalents.yaml)
    private IReadOnlyList<string>? FirstNamesMatch(NameToken a, NameToken b) =>
        TokensMatch(a.Key, b.Key) ?? (FirstNameGroup(a.Text) is int ga && ga >= 0 && FirstNameGroup(b.Text) == ga
            ? [$"first name {a.Text}/{b.Text} (first_name_equivalents.yaml)"] : null);

    // the equivalence group of a first name, -1 when it has none (looked up once per spelling)
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _groupOf = new(StringComparer.Ordinal);
    private int FirstNameGroup(string text) =>
        _groupOf.GetOrAdd(text, t => _firstNameGroup.TryGetValue(Glue(TextFold.Fold(t)), out var g) ? g : -1);

    /// <summary>Splits a person mention into honorific, particles and name words.</summary>
    public PersonName Parse(string text)
    {
        var words = WordSplitter.Split(text, 0, text.Length, _lexicon.Articles);
        string? honorific = null, honorificText = null;
        var tokens = new List<NameToken>();
        var particles = new List<string>();
        bool article = false;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            if (tokens.Count == 0 && honorific is null && _lexicon.Honorific(w) is { } h && i + 1 < words.Count) { honorific = h; honorificText = w; continue; }
            if (_lexicon.IsArticle(w)) { article = true; continue; }
            if (i + 1 < words.Count && (_lexicon.Connectors.ContainsKey(TextFold.Fold(w)) || _lexicon.European.Contains(w))) { particles.Add(w); continue; }
            int hy = w.AsSpan().IndexOfAny('-', '‐');
            if (hy > 0 && _lexicon.IsArticle(w[..hy])) { article = true; w = w[(hy + 1)..]; }
            // Arabic compounds written in two words: "نصر الله", "عبد الله"
            if (w == "الله" && tokens.Count > 0) { w = tokens[^1].Text + w; tokens.RemoveAt(tokens.Count - 1); }
            else if (w is "عبد" && i + 1 < words.Count) { w += words[++i].Text; }
            tokens.Add(new NameToken(w, Keys.Of(w)));
        }
        return new PersonName(text, honorific, honorificText, tokens, particles, article);
    }

    /// <summary>The rules that make two words equal, or null when they differ.</summary>
    public IReadOnlyList<string>? TokensMatch(SpellingKey a, SpellingKey b)
    {
        switch (Agree(a, b, out var what))
        {
            case Agreement.Same: return Same(a, b);
            case Agreement.Skeleton:
                var rules = new List<string> { "Arabic-script skeleton" };
                if (a.Script == "cyrillic" || b.Script == "cyrillic") rules.Add("Cyrillic transliteration");
                return rules;
            case Agreement.Vowels:
                var r = Diff(a, b);
                r.Add(_tolerance.Name + (what.Length > 0 ? $" ({what})" : ""));
                return r;
            default: return null;
        }
    }

    private enum Agreement { None, Same, Skeleton, Vowels }

    // Whether two words are one name and by which test (the rules are worked out only for pairs that agree).
    private Agreement Agree(SpellingKey a, SpellingKey b, out string what)
    {
        what = "";
        if (a.Script == "arabic" || b.Script == "arabic")
        {
            if (a.Script == b.Script) return a.Key == b.Key && a.Key.Length >= _minSkeleton ? Agreement.Same : Agreement.None;
            return a.Skeleton.Length >= _minSkeleton && a.Skeleton == b.Skeleton ? Agreement.Skeleton : Agreement.None;
        }
        if (a.Key == b.Key) return Agreement.Same;
        if (a.Consonants != b.Consonants || a.Consonants.Length < _tolerance.MinConsonants) return Agreement.None;
        var edits = VowelEdits(a.Key, b.Key, out what);
        return edits < 0 || edits > _tolerance.MaxEdits ? Agreement.None : Agreement.Vowels;
    }

    private bool Agree(NameToken a, NameToken b, bool firstName) =>
        Agree(a.Key, b.Key, out _) != Agreement.None || firstName && FirstNameGroup(a.Text) is int g && g >= 0 && FirstNameGroup(b.Text) == g;

    // The word-by-word tests of NamesMatch without their rules: most pairs compared fail here, cheaply.
    private bool MayMatch(PersonName a, PersonName b)
    {
        if (a.Tokens.Count == b.Tokens.Count)
        {
            for (int i = a.Tokens.Count - 1; i >= 0; i--)
                if (!Agree(a.Tokens[i], b.Tokens[i], i == 0 && a.IsFull)) return false;
            return true;
        }
        if (a.IsFull && b.IsFull)
            return Math.Min(a.Tokens.Count, b.Tokens.Count) == 2 && Agree(a.Tokens[^1], b.Tokens[^1], false) && Agree(a.Tokens[0], b.Tokens[0], true);
        var (lone, full) = a.IsFull ? (b, a) : (a, b);
        return lone.Honorific is null && Agree(lone.Tokens[0], full.Tokens[^1], false);
    }

    /// <summary>
    /// Blocking keys of a full name's first word: two full names whose first words share none of them never match
    /// (<see cref="NamesMatch"/> needs the first words to agree: equal consonants, equal Arabic skeletons, or one group of
    /// first_name_equivalents.yaml), so only pairs that share a key need comparing.
    /// </summary>
    public IEnumerable<string> FirstWordKeys(PersonName name)
    {
        if (name.Tokens.Count == 0) yield break;
        var first = name.Tokens[0];
        if (first.Key.Script != "arabic") yield return "c:" + first.Key.Consonants;
        yield return "s:" + first.Key.Skeleton;
        if (FirstNameGroup(first.Text) is int g && g >= 0) yield return "g:" + g.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rules that make two person names one, or null. Full names must agree word by word; a lone word agrees with a full name's surname.</summary>
    public IReadOnlyList<string>? NamesMatch(PersonName a, PersonName b)
    {
        if (a.Tokens.Count == 0 || b.Tokens.Count == 0 || !MayMatch(a, b)) return null;
        var rules = new List<string>();
        if (a.Tokens.Count == b.Tokens.Count)
        {
            for (int i = 0; i < a.Tokens.Count; i++)
            {
                var r = i == 0 && a.IsFull ? FirstNamesMatch(a.Tokens[i], b.Tokens[i]) : TokensMatch(a.Tokens[i].Key, b.Tokens[i].Key);
                if (r is null) return null;
                rules.AddRange(r);
            }
        }
        else if (a.IsFull && b.IsFull)
        {
            // a middle name written by one only: first and last words agree, the shorter has two words
            if (Math.Min(a.Tokens.Count, b.Tokens.Count) != 2) return null;
            var f = FirstNamesMatch(a.Tokens[0], b.Tokens[0]);
            var l = TokensMatch(a.Tokens[^1].Key, b.Tokens[^1].Key);
            if (f is null || l is null) return null;
            rules.AddRange(f); rules.AddRange(l); rules.Add("middle name omitted");
        }
        else
        {
            var (lone, full) = a.IsFull ? (b, a) : (a, b);
            if (lone.Honorific is not null) return null; // "Haji X" is a name of its own, not a surname
            var r = TokensMatch(lone.Tokens[0].Key, full.Tokens[^1].Key);
            if (r is null) return null;
            rules.AddRange(r); rules.Add("surname alone");
        }
        if (a.Honorific is not null && b.Honorific is not null)
        {
            if (a.Honorific != b.Honorific) return null;
            if (!string.Equals(a.HonorificText, b.HonorificText, StringComparison.OrdinalIgnoreCase)) rules.Add($"honorific {a.HonorificText}/{b.HonorificText}");
        }
        else if (a.Honorific is not null || b.Honorific is not null) rules.Add($"honorific {a.HonorificText ?? b.HonorificText} dropped");
        if (a.HadArticle != b.HadArticle && a.IsFull == b.IsFull) rules.Add("al- optional");
        else if (a.HadArticle && b.HadArticle && ArticleForm(a.Text) != ArticleForm(b.Text)) rules.Add("al-/Al- case");
        if (!a.Particles.Select(TextFold.Fold).SequenceEqual(b.Particles.Select(TextFold.Fold)) && a.Particles.Count == b.Particles.Count)
        {
            for (int i = 0; i < a.Particles.Count; i++)
            {
                var ca = _lexicon.Connectors.GetValueOrDefault(TextFold.Fold(a.Particles[i])); var cb = _lexicon.Connectors.GetValueOrDefault(TextFold.Fold(b.Particles[i]));
                if (ca is null || ca != cb) return null;
            }
            rules.Add("particle spelling");
        }
        else if (a.Particles.Count != b.Particles.Count && a.IsFull && b.IsFull) return null;
        return rules.Distinct().ToList();
    }

    private static string ArticleForm(string text)
    {
        int i = text.AsSpan().IndexOfAny('-', '‐');
        return i > 0 ? text[..i].Split(' ')[^1] : "";
    }

    private static List<string> Same(SpellingKey a, SpellingKey b) => Diff(a, b);

    // rules that fired differently on the two words, plus case and diacritics
    private static List<string> Diff(SpellingKey a, SpellingKey b)
    {
        var rules = new List<string>();
        if (a.Source != b.Source)
        {
            var fa = TextFold.Fold(a.Source); var fb = TextFold.Fold(b.Source);
            if (fa == fb)
                rules.Add(a.Source.ToLowerInvariant() == b.Source.ToLowerInvariant() ? "case" : "diacritics");
            else if (Strip(fa) == Strip(fb)) rules.Add("apostrophes and hyphens");
        }
        var ca = a.Fired.Select(f => (f.Rule, f.Match.ToLowerInvariant())).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var cb = b.Fired.Select(f => (f.Rule, f.Match.ToLowerInvariant())).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        foreach (var k in ca.Keys.Union(cb.Keys))
            if (ca.GetValueOrDefault(k) != cb.GetValueOrDefault(k) && !rules.Contains(k.Rule)) rules.Add(k.Rule);
        return rules;
    }

    private static string Strip(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());

    private const string Vowels = "aeiu";

    // Edit distance between the vowel groups of two keys with the same consonants; the last group must be equal.
    private static int VowelEdits(string a, string b, out string what)
    {
        var ga = Groups(a); var gb = Groups(b);
        what = "";
        if (ga.Count != gb.Count || ga[^1] != gb[^1]) return -1;
        int edits = 0;
        for (int i = 0; i < ga.Count; i++)
        {
            if (ga[i] == gb[i]) continue;
            int d = Levenshtein(ga[i], gb[i]);
            edits += d;
            what = ga[i].Length == 0 ? $"{gb[i]} added" : gb[i].Length == 0 ? $"{ga[i]} dropped" : $"{ga[i]}/{gb[i]}";
        }
        return edits;
    }

    private static List<string> Groups(string key)
    {
        var groups = new List<string>();
        var cur = new System.Text.StringBuilder();
        foreach (var c in key)
        {
            if (Vowels.Contains(c)) { cur.Append(c); continue; }
            groups.Add(cur.ToString());
            cur.Clear();
        }
        groups.Add(cur.ToString());
        return groups;
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
