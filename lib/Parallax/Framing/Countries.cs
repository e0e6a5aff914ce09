namespace Parallax.Framing;

/// <summary>A country: names, nationality adjectives and capitals (English and French).</summary>
public sealed class Country
{
    public List<string> Names { get; set; } = [];
    public List<string> Adjectives { get; set; } = [];
    public List<string> Capitals { get; set; } = [];

    public string Name => Names.FirstOrDefault() ?? "";
}

/// <summary>Schema of <c>nationalities.yaml</c>.</summary>
public sealed class CountryList
{
    public List<Country> Countries { get; set; } = [];
}

/// <summary>How a word refers to a country.</summary>
public enum CountryWord { Name, Adjective, Capital }

/// <summary>Finds country names, nationality adjectives and capitals in tokens (<c>nationalities.yaml</c>).</summary>
public sealed class Countries
{
    private readonly PhraseMatcher<(Country Country, CountryWord Kind)> _matcher;

    public IReadOnlyList<Country> All { get; }

    /// <summary>The folded first words of every country name, adjective and capital.</summary>
    public IEnumerable<string> FirstWords => _matcher.FirstWords;

    public Countries(IEnumerable<Country> countries)
    {
        All = countries.ToList();
        _matcher = new PhraseMatcher<(Country, CountryWord)>(All.SelectMany(c =>
            c.Names.Select(n => (Escape(n), (c, CountryWord.Name)))
            .Concat(c.Adjectives.Select(n => (Escape(n), (c, CountryWord.Adjective))))
            .Concat(c.Capitals.Select(n => (Escape(n), (c, CountryWord.Capital))))));
    }

    /// <summary>The kit's list plus the corpus folder's.</summary>
    public static Countries For(KitData data) =>
        new(data.Load<CountryList>("nationalities.yaml", (kit, user) => new CountryList { Countries = [.. user.Countries, .. kit.Countries] }).Countries);

    /// <summary>
    /// The country word starting at token <paramref name="i"/>. Names and capitals must be capitalised in the text;
    /// all-capital forms ("US") must match exactly.
    /// </summary>
    public (int Length, Country Country, CountryWord Kind)? At(IReadOnlyList<WordToken> tokens, int i)
    {
        if (_matcher.MatchAt(tokens, i) is not { } m) return null;
        var t = tokens[i];
        var first = t.Elided.Length > 0 ? t.Text[t.Elided.Length..] : t.Text;
        if (m.Value.Kind != CountryWord.Adjective || char.IsUpper(first[0]))
        {
            if (!char.IsUpper(first[0]) || MiscasedAcronym(m.Value.Country, first)) return null;
        }
        return (m.Length, m.Value.Country, m.Value.Kind);
    }

    // "Us" or "Uk" for a country written only in capitals ("US", "UK"): the same letters, not the name.
    private static bool MiscasedAcronym(Country country, string word)
    {
        var expected = country.Names.Concat(country.Capitals).Concat(country.Adjectives)
            .Where(n => n.Length >= 2 && n.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        return expected.Any(n => WordForm.Fold(n) == WordForm.Fold(word)) && !expected.Any(n => n == word);
    }

    private static string Escape(string name) => name.Replace("?", "").Replace("|", " ");
}
