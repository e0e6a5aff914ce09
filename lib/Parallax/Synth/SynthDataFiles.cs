namespace Parallax.Synth;

/// <summary>An English/French pair of words or a template (the same index is used in both languages).</summary>
public sealed class LangPair
{
    public string En { get; set; } = "";
    public string Fr { get; set; } = "";

    /// <summary>The form for a language code ("fr" gives French, anything else English).</summary>
    public string For(string language) => language == "fr" ? Fr : En;
}

/// <summary>A title with its short form, in both languages.</summary>
public sealed class TitlePair
{
    public string En { get; set; } = "";
    public string Fr { get; set; } = "";
    public string ShortEn { get; set; } = "";
    public string ShortFr { get; set; } = "";
}

/// <summary>Schema of <c>synth/people.yaml</c>.</summary>
public sealed class SynthPeopleFile
{
    public List<string> Given { get; set; } = [];
    public List<string> FamilyStart { get; set; } = [];
    public List<string> FamilyEnd { get; set; } = [];
    public List<string> ArabicFamily { get; set; } = [];
    public List<TitlePair> VictimTitles { get; set; } = [];
    public List<LangPair> VictimRoles { get; set; } = [];
    public List<LangPair> OfficialRoles { get; set; } = [];
    public List<LangPair> AnalystRoles { get; set; } = [];
    public List<string> Honorifics { get; set; } = [];
}

/// <summary>One spelling rule of <c>synth/spelling.yaml</c>: replace <see cref="From"/> (a regex) by <see cref="To"/>.</summary>
public sealed class SpellingRuleData
{
    public string Id { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public List<string> Languages { get; set; } = [];
    public double Share { get; set; }
}

/// <summary>Schema of <c>synth/spelling.yaml</c>.</summary>
public sealed class SynthSpellingFile
{
    public List<SpellingRuleData> Rules { get; set; } = [];
    public Dictionary<string, List<string>> Articles { get; set; } = [];
}

/// <summary>A place with its French exonym and other English spellings.</summary>
public sealed class PlaceData
{
    public string En { get; set; } = "";
    public string Fr { get; set; } = "";
    public string Country { get; set; } = "";
    public List<string> VariantsEn { get; set; } = [];
}

/// <summary>A country: English name, French name with its article, French "in" phrase.</summary>
public sealed class CountryData
{
    public string En { get; set; } = "";
    public string Fr { get; set; } = "";
    public string InFr { get; set; } = "";
}

/// <summary>An organisation with acronyms in both languages and its French article.</summary>
public sealed class OrgData
{
    public string En { get; set; } = "";
    public string AcrEn { get; set; } = "";
    public string Fr { get; set; } = "";
    public string ArtFr { get; set; } = "";
    public string AcrFr { get; set; } = "";
}

/// <summary>An attack phrase; <see cref="EnBare"/> is the English form without article, for headlines.</summary>
public sealed class AttackData
{
    public string En { get; set; } = "";
    public string EnBare { get; set; } = "";
    public string Fr { get; set; } = "";
}

/// <summary>Invented local outlets of one language: patterns applied to towns.</summary>
public sealed class LocalOutletData
{
    public List<string> Towns { get; set; } = [];
    public List<string> Patterns { get; set; } = [];
    public List<string> Countries { get; set; } = [];
}

/// <summary>Schema of <c>synth/world.yaml</c>.</summary>
public sealed class SynthWorldFile
{
    public List<PlaceData> Places { get; set; } = [];
    public Dictionary<string, CountryData> Countries { get; set; } = [];
    public List<OrgData> Groups { get; set; } = [];
    public List<OrgData> Monitors { get; set; } = [];
    /// <summary>side (opposition, government, allies) → stance (aligned, critical) → labels.</summary>
    public Dictionary<string, Dictionary<string, List<LangPair>>> Labels { get; set; } = [];
    /// <summary>neutral, honour, enemy → death phrases.</summary>
    public Dictionary<string, List<LangPair>> Death { get; set; } = [];
    public List<LangPair> Hedges { get; set; } = [];
    public List<AttackData> Attacks { get; set; } = [];
    public List<LangPair> Say { get; set; } = [];
    public List<LangPair> Weekdays { get; set; } = [];
    public List<LangPair> Months { get; set; } = [];
    public List<LangPair> Quotes { get; set; } = [];
    public Dictionary<string, LocalOutletData> LocalOutlets { get; set; } = [];
    public List<string> LocalTypes { get; set; } = [];
    public List<string> AlignedStates { get; set; } = [];
}

/// <summary>A sentence template pair; <see cref="A"/> is the number of attributions it plants.</summary>
public sealed class TemplatePairData
{
    public string En { get; set; } = "";
    public string Fr { get; set; } = "";
    public int A { get; set; }
}

/// <summary>Schema of <c>synth/templates.yaml</c>: sentence templates by the part of an article they write.</summary>
public sealed class SynthTemplatesFile
{
    public List<TemplatePairData> Headline { get; set; } = [];
    public List<TemplatePairData> Lead { get; set; } = [];
    public List<TemplatePairData> Casualty { get; set; } = [];
    public List<TemplatePairData> Statement { get; set; } = [];
    public List<TemplatePairData> Monitor { get; set; } = [];
    public List<TemplatePairData> Quote { get; set; } = [];
    public List<TemplatePairData> Hedged { get; set; } = [];
    public List<TemplatePairData> Context { get; set; } = [];
    public List<TemplatePairData> Reaction { get; set; } = [];
    public List<TemplatePairData> Caption { get; set; } = [];
    public List<TemplatePairData> Boilerplate { get; set; } = [];
    public List<TemplatePairData> Promo { get; set; } = [];
    public List<TemplatePairData> RepostNote { get; set; } = [];
}
