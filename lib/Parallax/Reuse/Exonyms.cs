using Parallax.Framing;

namespace Parallax.Reuse;

/// <summary>Schema of <c>exonyms.yaml</c>: groups of names for the same place or body in several languages.</summary>
public sealed class ExonymList
{
    public List<List<string>> Groups { get; set; } = [];
}

/// <summary>
/// Maps a name in any language to one key: exonym groups (<c>exonyms.yaml</c>: Alep = Aleppo, CGRI = IRGC) and
/// country names, adjectives and capitals (<c>nationalities.yaml</c>: Téhéran = Tehran, États-Unis = US).
/// </summary>
public sealed class Exonyms
{
    private readonly PhraseMatcher<string> _matcher;

    public Exonyms(IEnumerable<IReadOnlyList<string>> groups, IEnumerable<Country> countries)
    {
        var entries = new List<(string, string)>();
        foreach (var g in groups.Where(g => g.Count > 0))
            foreach (var n in g) entries.Add((n, "x:" + WordForm.Key(g[0])));
        foreach (var c in countries)
        {
            foreach (var n in c.Names.Concat(c.Adjectives)) entries.Add((n, "c:" + WordForm.Key(c.Name)));
            foreach (var n in c.Capitals) entries.Add((n, "k:" + WordForm.Key(c.Capitals[0])));
        }
        _matcher = new PhraseMatcher<string>(entries);
    }

    /// <summary>The kit's lists plus the corpus folder's.</summary>
    public static Exonyms For(KitData data) =>
        new(data.Load<ExonymList>("exonyms.yaml", (kit, user) => new ExonymList { Groups = [.. user.Groups, .. kit.Groups] }).Groups,
            Countries.For(data).All);

    /// <summary>The key of a known name starting at token <paramref name="i"/> (must start with a capital), and its length.</summary>
    public (int Length, string Key)? At(IReadOnlyList<WordToken> tokens, int i)
    {
        var t = tokens[i];
        var first = t.Elided.Length > 0 ? t.Text[t.Elided.Length..] : t.Text;
        if (first.Length == 0 || !char.IsUpper(first[0])) return null;
        return _matcher.MatchAt(tokens, i) is { } m ? (m.Length, m.Value) : null;
    }
}
