namespace Parallax.Synth;

/// <summary>The outlets of a synthetic corpus, by language: the registry's plus invented local outlets.</summary>
public sealed class OutletPool
{
    private static readonly HashSet<string> FrenchCountries = ["FR", "BE", "CH", "SN", "CI", "MA", "TN", "DZ"];

    public OutletPool(SynthWorld world)
    {
        var all = new List<SynthOutlet>();
        foreach (var o in world.Registry)
        {
            string[] langs = o.Country is { } c && FrenchCountries.Contains(c) ? o.Type == "wire" ? ["en", "fr"] : ["fr"] : ["en"];
            var stance = o.State is { } s && world.Data.AlignedStates.Contains(s) ? "aligned" : "critical";
            all.Add(new SynthOutlet(o.Name, langs, o.Type, o.Country, stance, o.Url ?? Slug(o.Name) + ".example", false, world));
        }
        foreach (var (lang, local) in world.Data.LocalOutlets.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            foreach (var town in local.Towns)
                foreach (var pattern in local.Patterns)
                {
                    var name = pattern.Replace("{town}", town);
                    var r = new SynthRandom(SynthRandom.Hash("local|" + name));
                    var type = name.StartsWith("Radio ", StringComparison.Ordinal) ? "broadcaster" : r.Pick(world.Data.LocalTypes);
                    all.Add(new SynthOutlet(name, [lang], type, r.Pick(local.Countries), r.Chance(0.2) ? "aligned" : "critical",
                        Slug(name) + ".example", true, world));
                }
        All = all;
        ByLanguage = all.SelectMany(o => o.Languages.Select(l => (l, o))).GroupBy(x => x.l)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SynthOutlet>)g.Select(x => x.o).ToList(), StringComparer.Ordinal);
        Wires = all.Where(o => !o.Invented).ToList();
    }

    public IReadOnlyList<SynthOutlet> All { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<SynthOutlet>> ByLanguage { get; }
    /// <summary>Registry outlets, cited by other outlets ("X reported, citing Y").</summary>
    public IReadOnlyList<SynthOutlet> Wires { get; }

    /// <summary>Lower-case ASCII words joined by hyphens.</summary>
    public static string Slug(string text)
    {
        var d = text.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder();
        foreach (var c in d)
        {
            if (c < 128 && char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
