using System.Runtime.CompilerServices;
using Parallax.Names.Data;
using Parallax.Sources;

namespace Parallax.Names;

/// <summary>
/// Everything name extraction and clustering know, read once per <see cref="KitData"/>: gazetteer, organisations and
/// their acronyms, titles, honorifics, particles, organisation cues, first names, cue phrases, the outlet registry.
/// </summary>
public sealed class NameLexicon
{
    private static readonly ConditionalWeakTable<KitData, NameLexicon> Cache = new();

    public Gazetteer Gazetteer { get; }
    public OrganisationList Organisations { get; }
    public OutletRegistry Outlets { get; }
    public NameCues Cues { get; }

    /// <summary>Place names and variants → place.</summary>
    public PhraseMatcher<Place> Places { get; } = new();
    /// <summary>Organisation names and acronyms → organisation.</summary>
    public PhraseMatcher<KnownOrganisation> KnownOrganisations { get; } = new();
    /// <summary>Titles and ranks → the title as listed.</summary>
    public PhraseMatcher<string> Titles { get; } = new();
    /// <summary>Alias cue phrases ("also known as").</summary>
    public PhraseMatcher<string> AliasCues { get; } = new();
    /// <summary>Cues before a place ("city of").</summary>
    public PhraseMatcher<string> PlaceBefore { get; } = new();
    /// <summary>Verbs after a person ("said").</summary>
    public PhraseMatcher<string> PersonAfter { get; } = new();

    /// <summary>Folded honorific → canonical spelling of its group.</summary>
    public IReadOnlyDictionary<string, string> Honorifics { get; }
    /// <summary>Arabic article forms ("al", "el", "ال").</summary>
    public ISet<string> Articles { get; }
    /// <summary>Folded connector particle → canonical spelling ("abou" → "Abu").</summary>
    public IReadOnlyDictionary<string, string> Connectors { get; }
    /// <summary>Lower-case particles inside European names.</summary>
    public ISet<string> European { get; }
    public ISet<string> FirstNames { get; }
    public ISet<string> NotNames { get; }
    public ISet<string> Adjectives { get; }
    public ISet<string> OrganisationCues { get; }
    public ISet<string> OutletCues { get; }
    public ISet<string> PlaceCues { get; }
    public ISet<string> PlacePrefixes { get; }
    public ISet<string> PlacePrepositions { get; }
    public ISet<string> BylineCues { get; }
    /// <summary>Lower-case words that join the capitalised words of an organisation name ("of", "for", "de la").</summary>
    public ISet<string> Connecting { get; } = new HashSet<string>(["of", "for", "the", "and", "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "on", "in", "al", "el", "für", "der", "die"], StringComparer.Ordinal);

    private NameLexicon(KitData data)
    {
        static List<T> Cat<T>(List<T> a, List<T> b) => [.. a, .. b];
        Gazetteer = data.Load<Gazetteer>("gazetteer.yaml", (k, u) => new Gazetteer { Places = Cat(u.Places, k.Places) });
        Organisations = data.Load<OrganisationList>("organisations.yaml", (k, u) => new OrganisationList { Organisations = Cat(u.Organisations, k.Organisations) });
        var titles = data.Load<TitleList>("titles.yaml", (k, u) => new TitleList { Titles = Cat(k.Titles, u.Titles) });
        var hon = data.Load<HonorificList>("honorifics.yaml", (k, u) => new HonorificList { Honorifics = Cat(k.Honorifics, u.Honorifics) });
        var parts = data.Load<ParticleList>("name_particles.yaml", (k, u) => new ParticleList
        {
            Articles = Cat(k.Articles, u.Articles), Connectors = Cat(k.Connectors, u.Connectors), European = Cat(k.European, u.European),
        });
        var cues = data.Load<OrganisationCues>("organisation_cues.yaml", (k, u) => new OrganisationCues
        {
            Organisation = Cat(k.Organisation, u.Organisation), Outlet = Cat(k.Outlet, u.Outlet), Place = Cat(k.Place, u.Place),
            PlacePrefixes = Cat(k.PlacePrefixes, u.PlacePrefixes),
        });
        var first = data.Load<Dictionary<string, List<string>>>("first_names.yaml", (k, u) =>
        {
            var d = new Dictionary<string, List<string>>(k);
            foreach (var (lang, names) in u) d[lang] = d.TryGetValue(lang, out var l) ? Cat(l, names) : names;
            return d;
        });
        Cues = data.Load<NameCues>("name_cues.yaml", (k, u) => new NameCues
        {
            Alias = Cat(k.Alias, u.Alias), PlaceBefore = Cat(k.PlaceBefore, u.PlaceBefore), PlacePrepositions = Cat(k.PlacePrepositions, u.PlacePrepositions),
            PersonAfter = Cat(k.PersonAfter, u.PersonAfter), Byline = Cat(k.Byline, u.Byline), NotNames = Cat(k.NotNames, u.NotNames),
        });
        Outlets = OutletRegistry.For(data);

        foreach (var p in Gazetteer.Places)
            foreach (var n in p.Names) Places.Add(n, p);
        foreach (var o in Organisations.Organisations)
            foreach (var n in o.AllNames) KnownOrganisations.Add(n, o);
        foreach (var t in titles.Titles) Titles.Add(t, t);
        foreach (var a in Cues.Alias) AliasCues.Add(a, a);
        foreach (var a in Cues.PlaceBefore) PlaceBefore.Add(a, a);
        foreach (var a in Cues.PersonAfter) PersonAfter.Add(a, a);

        var honorifics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in hon.Honorifics)
            foreach (var h in g) honorifics[TextFold.Fold(h)] = g[0];
        Honorifics = honorifics;
        Articles = new HashSet<string>(parts.Articles, StringComparer.Ordinal);
        var connectors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in parts.Connectors)
            foreach (var c in g) connectors[TextFold.Fold(c)] = g[0];
        Connectors = connectors;
        European = new HashSet<string>(parts.European, StringComparer.Ordinal);
        FirstNames = FoldedSet(first.Values.SelectMany(v => v));
        NotNames = FoldedSet(Cues.NotNames);
        Adjectives = FoldedSet(Gazetteer.Places.SelectMany(p => p.Adjectives));
        OrganisationCues = FoldedSet(cues.Organisation);
        OutletCues = FoldedSet(cues.Outlet);
        PlaceCues = FoldedSet(cues.Place);
        PlacePrefixes = FoldedSet(cues.PlacePrefixes);
        PlacePrepositions = FoldedSet(Cues.PlacePrepositions);
        BylineCues = FoldedSet(Cues.Byline);
    }

    /// <summary>The lexicon of a knowledge set (kit data plus the corpus folder's extensions).</summary>
    public static NameLexicon For(KitData data) => Cache.GetValue(data, d => new NameLexicon(d));

    /// <summary>Folded honorific group name ("Hajji" → "Haj"), or null.</summary>
    public string? Honorific(string word) => Honorifics.GetValueOrDefault(TextFold.Fold(word));

    /// <summary>The gazetteer place of a name, also for a Russian word in another case ("Бейрута").</summary>
    public Place? FindPlace(string text) =>
        Places.Find(text) ?? (text.Contains(' ') ? null : Extraction.RussianCases.Nominatives(text).Select(Places.Find).FirstOrDefault(p => p is not null));

    /// <summary>The known organisation of a name or acronym, also for a Russian word in another case ("Хезболлы").</summary>
    public KnownOrganisation? FindOrganisation(string text) =>
        KnownOrganisations.Find(text) ?? (text.Contains(' ') ? null : Extraction.RussianCases.Nominatives(text).Select(KnownOrganisations.Find).FirstOrDefault(p => p is not null));

    /// <summary>True for an Arabic article, alone or as a hyphen prefix ("al", "el-").</summary>
    public bool IsArticle(string word) => Articles.Contains(word.TrimEnd('-', '‐'));

    private static HashSet<string> FoldedSet(IEnumerable<string> words) => new(words.Select(TextFold.Fold), StringComparer.Ordinal);
}
