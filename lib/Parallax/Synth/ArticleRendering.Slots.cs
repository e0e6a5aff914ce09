namespace Parallax.Synth;

public sealed partial class ArticleRendering
{
    /// <summary>Every slot name templates may use.</summary>
    public static readonly IReadOnlySet<string> KnownSlots = new HashSet<string>(StringComparer.Ordinal)
    {
        "victim", "victim_short", "victim_full", "victim_title_short", "victim_title_short_cap", "victim_role",
        "official", "official_short", "analyst", "group", "group_acr", "monitor", "monitor_acr", "opp", "gov", "allies",
        "place", "near_place", "in_place", "country", "country_cap", "in_country", "killed", "wounded", "day", "date",
        "death", "hedge", "say", "attack", "attack_noun", "qo", "qc", "quote", "wire", "outlet", "source_outlet", "other_headline",
    };

    private string Slot(string name, ulong seed, int occ)
    {
        var d = _world.Data;
        bool fr = _lang == "fr";
        int Choice(int count) => (int)(SynthRandom.Hash(seed, name, occ) % (ulong)count);
        switch (name)
        {
            case "victim":
                if (First(_ev.Victim.Id))
                {
                    var title = _world.People.VictimTitles[_ev.VictimTitle];
                    return (fr ? title.Fr : title.En) + " " + PersonFull(_ev.Victim);
                }
                return PersonShort(_ev.Victim);
            case "victim_short": _mentioned.Add(_ev.Victim.Id); return PersonShort(_ev.Victim);
            case "victim_full": _mentioned.Add(_ev.Victim.Id); return PersonFull(_ev.Victim);
            case "victim_title_short": return fr ? _world.People.VictimTitles[_ev.VictimTitle].ShortFr : _world.People.VictimTitles[_ev.VictimTitle].ShortEn;
            case "victim_title_short_cap": return Cap(fr ? _world.People.VictimTitles[_ev.VictimTitle].ShortFr : _world.People.VictimTitles[_ev.VictimTitle].ShortEn);
            case "victim_role": return Sub(_world.VictimRoles[_ev.VictimRole].For(_lang), seed ^ 0x5bd1e995UL);
            case "official":
                return First(_ev.Official.Id) ? _world.People.OfficialRoles[_ev.OfficialRole].For(_lang) + " " + PersonFull(_ev.Official) : PersonShort(_ev.Official);
            case "official_short": _mentioned.Add(_ev.Official.Id); return PersonShort(_ev.Official);
            case "analyst":
                return First(_ev.Analyst.Id) ? PersonFull(_ev.Analyst) + ", " + _world.People.AnalystRoles[_ev.AnalystRole].For(_lang) + "," : PersonShort(_ev.Analyst);
            case "group": return Org(d.Groups[_ev.Group], fullForm: First(OrgId(d.Groups[_ev.Group])));
            case "group_acr": return Acronym(d.Groups[_ev.Group]);
            case "monitor": return Org(d.Monitors[_ev.Monitor], fullForm: First(OrgId(d.Monitors[_ev.Monitor])));
            case "monitor_acr": return Acronym(d.Monitors[_ev.Monitor]);
            case "opp": return Label("opposition", Choice);
            case "gov": return Label("government", Choice);
            case "allies": return Label("allies", Choice);
            case "place": return PlaceMention();
            case "near_place": { var p = PlaceMention(); return fr ? (Vowel(p) ? "près d'" : "près de ") + p : "near " + p; }
            case "in_place": { var p = PlaceMention(); return fr ? "à " + p : "in " + p; }
            case "country": return Country(d.Countries[_ev.CountryKey], c => fr ? c.Fr : c.En);
            case "country_cap": return Cap(Country(d.Countries[_ev.CountryKey], c => fr ? c.Fr : c.En));
            case "in_country": return Country(d.Countries[_ev.CountryKey], c => fr ? c.InFr : "in " + c.En);
            case "killed": return _plan.Killed.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "wounded": return _plan.Wounded.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "day": return d.Weekdays[((int)_ev.Date.DayOfWeek + 6) % 7].For(_lang);
            case "date":
                {
                    var month = d.Months[_ev.Date.Month - 1].For(_lang);
                    return fr ? $"{_ev.Date.Day} {month}" : $"{month} {_ev.Date.Day}";
                }
            case "death":
                {
                    var kind = _stance == "aligned" ? _ev.VictimSide == "allies" ? "honour" : "enemy" : "neutral";
                    var list = d.Death[kind];
                    return list[Choice(list.Count)].For(_lang);
                }
            case "hedge": return d.Hedges[Choice(d.Hedges.Count)].For(_lang);
            case "say": return d.Say[Choice(d.Say.Count)].For(_lang);
            case "attack": { var a = d.Attacks[_ev.Attack]; return fr ? a.Fr : a.En; }
            case "attack_noun": { var a = d.Attacks[_ev.Attack]; return fr ? a.Fr : a.EnBare; }
            case "qo": return _style.QuoteOpen;
            case "qc": return _style.QuoteClose;
            case "quote": return d.Quotes[Choice(d.Quotes.Count)].For(_lang);
            case "wire":
                {
                    var candidates = _outlets.Wires;
                    var o = candidates[Choice(candidates.Count)];
                    if (o == _outlet) o = candidates[(Choice(candidates.Count) + 1) % candidates.Count];
                    return OutletMention(o);
                }
            case "outlet": return OutletMention(_outlet);
            case "source_outlet": return OutletMention(_source ?? _outlet);
            case "other_headline":
                {
                    var list = _world.Templates["headline"];
                    return Sub(list[Choice(list.Count)].For(_lang), seed ^ 0x9e3779b9UL);
                }
            default: throw new InvalidDataException($"lib/Parallax/Data/synth/templates.yaml: unknown slot '{{{name}}}'");
        }
    }

    private bool First(string id) => _mentioned.Add(id);

    private string PersonFull(SynthPerson p)
    {
        var s = p.Full(_style);
        Mention(p.Id, "person", p.Canonical, s);
        return s;
    }

    private string PersonShort(SynthPerson p)
    {
        var s = p.Short(_style);
        Mention(p.Id, "person", p.Canonical, s);
        return s;
    }

    private static string OrgId(OrgData o) => "org:" + OutletPool.Slug(o.AcrEn);

    private string Org(OrgData o, bool fullForm)
    {
        bool fr = _lang == "fr";
        var name = fr ? o.Fr : o.En;
        var acr = fr ? o.AcrFr : o.AcrEn;
        var article = fr ? o.ArtFr == "l'" ? "l'" : o.ArtFr + " " : "the ";
        if (fullForm) Mention(OrgId(o), "organisation", o.En, name);
        Mention(OrgId(o), "organisation", o.En, acr);
        return fullForm ? $"{article}{name} ({acr})" : article + acr;
    }

    private string Acronym(OrgData o)
    {
        var acr = _lang == "fr" ? o.AcrFr : o.AcrEn;
        Mention(OrgId(o), "organisation", o.En, acr);
        return acr;
    }

    private string Label(string side, Func<int, int> choice)
    {
        var list = _world.Data.Labels[side][_stance];
        var text = list[choice(list.Count)].For(_lang);
        _labels.Add(new PlantedLabel(text, side));
        return text;
    }

    private string PlaceName()
    {
        var p = _ev.Place;
        if (_lang == "fr") return p.Fr;
        if (p.VariantsEn.Count == 0) return p.En;
        var h = SynthRandom.Hash(_style.PlaceSalt, p.En, 0);
        return h % 10 < 3 ? p.VariantsEn[(int)(h / 10 % (ulong)p.VariantsEn.Count)] : p.En;
    }

    private string PlaceMention()
    {
        var s = PlaceName();
        Mention("place:" + OutletPool.Slug(_ev.Place.En), "place", _ev.Place.En, s);
        return s;
    }

    private string Country(CountryData c, Func<CountryData, string> form)
    {
        var s = form(c);
        Mention("place:" + _ev.CountryKey, "place", c.En, StripFrenchArticle(s));
        return s;
    }

    private string OutletMention(SynthOutlet o)
    {
        Mention(OutletId(o), "outlet", o.Name, o.Name);
        return o.Name;
    }

    private static string StripFrenchArticle(string s)
    {
        foreach (var a in new[] { "in ", "la ", "le ", "les ", "l'", "en ", "au ", "aux " })
            if (s.StartsWith(a, StringComparison.Ordinal)) return s[a.Length..];
        return s;
    }

    private static bool Vowel(string s) => s.Length > 0 && "AEIOUÉaeioué".Contains(s[0]);

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
