namespace Parallax.Framing;

/// <summary>
/// The actor-label lexicon compiled for lookups: heads, named groups, modifiers, hyphenated affixes, relation phrases.
/// <see cref="Description"/> names the lexicon used (the kit's default, extended or replaced by the corpus folder's).
/// </summary>
public sealed class ActorLexicon
{
    private readonly Dictionary<string, HeadEntry> _heads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModifierEntry> _modifiers = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<NamedGroup> _named;
    private readonly PhraseMatcher<string> _relations;
    private readonly PhraseMatcher<bool> _rulerTitles;

    public LexiconFile File { get; }
    public string Description { get; }
    public IReadOnlySet<string> Fillers { get; }
    public IReadOnlySet<string> Tails { get; }
    public IReadOnlySet<string> Stopwords { get; }
    public IReadOnlySet<string> Determiners { get; }
    public IReadOnlySet<string> OfWords { get; }
    public IReadOnlySet<string> Prepositions { get; }
    public IReadOnlySet<string> Rulers { get; }

    public ActorLexicon(LexiconFile file, string? description = null)
    {
        File = file;
        Description = description ?? file.Name;
        foreach (var h in file.Heads)
            foreach (var f in h.Forms) _heads.TryAdd(WordForm.Fold(f), h);
        foreach (var m in file.Modifiers)
            foreach (var f in m.Forms) _modifiers.TryAdd(WordForm.Fold(f), m);
        _named = new PhraseMatcher<NamedGroup>(file.Named.SelectMany(g => g.Aliases.Prepend(g.Name).Select(a => (a, g))));
        _relations = new PhraseMatcher<string>(file.Relations.Opposing.Select(p => (p, "opposing"))
            .Concat(file.Relations.Supporting.Select(p => (p, "supporting"))));
        _rulerTitles = new PhraseMatcher<bool>(file.RulerTitles.Select(t => (t, true)));
        Fillers = Set(file.Fillers);
        Tails = Set(file.Tails);
        Stopwords = Set(file.Stopwords);
        Determiners = Set(file.Determiners);
        OfWords = Set(file.Relations.Of);
        Prepositions = Set(file.Prepositions);
        Rulers = file.Rulers.Select(NameKey).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The kit's lexicon with the corpus folder's <c>lexicon.yaml</c> (extending, or replacing with <c>replace: true</c>).</summary>
    public static ActorLexicon For(KitData data)
    {
        var file = data.Load<LexiconFile>("lexicon.yaml", LexiconFile.Merge);
        var user = data.UserFile("lexicon.yaml");
        var description = user is null ? file.Name
            : file.Replace || KitData.Parse<LexiconFile>(System.IO.File.ReadAllText(user), user).Replace ? $"{file.Name} (replaced by {user})"
            : $"{file.Name} (kit default extended by {user})";
        return new ActorLexicon(file, description);
    }

    private static HashSet<string> Set(IEnumerable<string> words) => words.Select(WordForm.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>The folded forms of every head.</summary>
    public IEnumerable<string> HeadForms => _heads.Keys;

    /// <summary>The folded first words of every named group.</summary>
    public IEnumerable<string> NamedFirstWords => _named.FirstWords;

    /// <summary>The folded first words of every ruler title.</summary>
    public IEnumerable<string> RulerTitleFirstWords => _rulerTitles.FirstWords;

    /// <summary>The head entry of a token (read without an elided article), or null.</summary>
    public HeadEntry? Head(WordToken t) => _heads.GetValueOrDefault(t.Bare) ?? _heads.GetValueOrDefault(t.Fold);

    /// <summary>The modifier entry of a token, or null.</summary>
    public ModifierEntry? Modifier(WordToken t) => _modifiers.GetValueOrDefault(t.Bare);

    /// <summary>A hyphenated modifier ("Iran-backed", "anti-regime"): the affix and the other part, or null.</summary>
    public (AffixEntry Affix, string Other)? Affix(WordToken t)
    {
        int dash = t.Text.AsSpan().IndexOfAny('-', '‐');
        if (dash <= 0 || dash >= t.Text.Length - 1) return null;
        foreach (var a in File.Affixes)
        {
            if (a.Suffix is { } s && t.Fold.EndsWith("-" + s, StringComparison.Ordinal) && t.Fold.Length > s.Length + 1)
                return (a, t.Text[..^(s.Length + 1)]);
            if (a.Prefix is { } p && t.Fold.StartsWith(p + "-", StringComparison.Ordinal) && t.Fold.Length > p.Length + 1)
                return (a, t.Text[(p.Length + 1)..]);
        }
        return null;
    }

    /// <summary>A named group starting at token <paramref name="i"/> (acronyms match exactly, names need a capital).</summary>
    public (int Length, NamedGroup Group)? Named(IReadOnlyList<WordToken> tokens, int i)
    {
        if (_named.MatchAt(tokens, i) is not { } m) return null;
        var aliases = m.Value.Aliases.Prepend(m.Value.Name).Where(a => a.Split(' ').Length == m.Length);
        bool ok = aliases.Any(a =>
        {
            var words = a.Split(' ');
            for (int k = 0; k < words.Length; k++)
            {
                var w = tokens[i + k];
                var tw = w.Elided.Length > 0 && !WordForm.Fold(words[k]).Contains('\'') ? w.Text[w.Elided.Length..] : w.Text;
                bool acronym = words[k].Length >= 2 && words[k].All(c => !char.IsLetter(c) || char.IsUpper(c));
                if (acronym ? tw != words[k] : char.IsUpper(words[k][0]) && !char.IsUpper(tw[0]) && k == 0) return false;
            }
            return true;
        });
        return ok ? (m.Length, m.Value) : null;
    }

    /// <summary>A relation phrase at token <paramref name="i"/>: "opposing" or "supporting" and its length.</summary>
    public (int Length, string Kind)? Relation(IReadOnlyList<WordToken> tokens, int i) =>
        _relations.MatchAt(tokens, i) is { } m ? (m.Length, m.Value) : null;

    /// <summary>Length of a ruler title at token <paramref name="i"/> ("President", "prime minister"), or 0.</summary>
    public int RulerTitle(IReadOnlyList<WordToken> tokens, int i) => _rulerTitles.MatchAt(tokens, i) is { } m ? m.Length : 0;

    /// <summary>A name reduced for comparison: folded, diacritics dropped, "al-"/"el-" prefix and possessive removed.</summary>
    public static string NameKey(string name)
    {
        var k = WordForm.Key(WordForm.Possessor(name) ?? name);
        foreach (var p in new[] { "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-" })
            if (k.StartsWith(p, StringComparison.Ordinal) && k.Length > p.Length + 1) return k[p.Length..];
        return k;
    }
}
