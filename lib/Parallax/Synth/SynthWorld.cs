using System.Text.RegularExpressions;
using Parallax.Sources;

namespace Parallax.Synth;

/// <summary>
/// Everything the generator draws from: the data files under <c>Data/synth/</c> (people, spelling rules, places,
/// organisations, labels, templates), compiled once, and the kit's outlet registry.
/// </summary>
public sealed class SynthWorld
{
    private static readonly Lazy<SynthWorld> Kit = new(() => new SynthWorld(KitData.For(null)));

    /// <summary>The world built from the kit's own data.</summary>
    public static SynthWorld Default => Kit.Value;

    public SynthWorld(KitData data)
    {
        People = data.Load<SynthPeopleFile>("synth/people.yaml", (kit, _) => kit);
        Spelling = data.Load<SynthSpellingFile>("synth/spelling.yaml", (kit, _) => kit);
        Data = data.Load<SynthWorldFile>("synth/world.yaml", (kit, _) => kit);
        var t = data.Load<SynthTemplatesFile>("synth/templates.yaml", (kit, _) => kit);
        Templates = new Dictionary<string, IReadOnlyList<SynthTemplate>>(StringComparer.Ordinal)
        {
            ["headline"] = Compile(t.Headline, "headline"),
            ["lead"] = Compile(t.Lead, "lead"),
            ["casualty"] = Compile(t.Casualty, "casualty"),
            ["statement"] = Compile(t.Statement, "statement"),
            ["monitor"] = Compile(t.Monitor, "monitor"),
            ["quote"] = Compile(t.Quote, "quote"),
            ["hedged"] = Compile(t.Hedged, "hedged"),
            ["context"] = Compile(t.Context, "context"),
            ["reaction"] = Compile(t.Reaction, "reaction"),
            ["caption"] = Compile(t.Caption, "caption"),
            ["boilerplate"] = Compile(t.Boilerplate, "boilerplate"),
            ["promo"] = Compile(t.Promo, "promo"),
            ["repost_note"] = Compile(t.RepostNote, "repost_note"),
        };
        foreach (var (name, list) in Templates)
        {
            if (list.Count == 0) throw new InvalidDataException($"lib/Parallax/Data/synth/templates.yaml: no '{name}' templates");
            foreach (var template in list) Check(template, "synth/templates.yaml " + name);
        }
        VictimRoles = People.VictimRoles.Select(p => SynthTemplate.Compile(p.En, p.Fr, 0, "synth/people.yaml victim_roles")).ToList();
        foreach (var role in VictimRoles) Check(role, "synth/people.yaml victim_roles");
        SpellingRules = Spelling.Rules.Select(r => new SpellingRule(r.Id, new Regex(r.From, RegexOptions.CultureInvariant), r.To, r.Languages, r.Share)).ToList();
        Registry = OutletRegistry.For(data).All;
    }

    public SynthPeopleFile People { get; }
    public SynthSpellingFile Spelling { get; }
    public SynthWorldFile Data { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<SynthTemplate>> Templates { get; }
    public IReadOnlyList<SynthTemplate> VictimRoles { get; }
    public IReadOnlyList<SpellingRule> SpellingRules { get; }
    public IReadOnlyList<Outlet> Registry { get; }

    /// <summary>
    /// A template must use known slots, and its two languages the same entity and number slots in the same order
    /// (so a translation plants the same entities and numbers in the same order).
    /// </summary>
    private static void Check(SynthTemplate t, string where)
    {
        foreach (var s in t.En.Concat(t.Fr))
            if (s.IsSlot && !ArticleRendering.KnownSlots.Contains(s.Text))
                throw new InvalidDataException($"lib/Parallax/Data/{where}: unknown slot '{{{s.Text}}}'");
        if (EntitySlots(t.En) != EntitySlots(t.Fr))
            throw new InvalidDataException($"lib/Parallax/Data/{where}: English and French name different entities or numbers ({EntitySlots(t.En)} / {EntitySlots(t.Fr)})");
    }

    private static readonly string[] EntitySlotPrefixes = ["victim", "official", "analyst", "group", "monitor", "place", "near_place", "in_place", "country", "in_country", "killed", "wounded", "wire", "outlet", "source_outlet"];

    private static string EntitySlots(IReadOnlyList<TemplateSegment> segments) =>
        string.Join(",", segments.Where(x => x.IsSlot).Select(x => x.Text.Replace("_cap", "").Replace("_title_short", "").Replace("_short", "").Replace("_full", "").Replace("_acr", "").Replace("near_", "").Replace("in_", ""))
            .Where(x => EntitySlotPrefixes.Contains(x) && x != "victim_role"));

    private static List<SynthTemplate> Compile(List<TemplatePairData> pairs, string category) =>
        pairs.Select(p => SynthTemplate.Compile(p.En, p.Fr, p.A, "synth/templates.yaml " + category)).ToList();
}
