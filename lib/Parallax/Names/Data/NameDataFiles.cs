namespace Parallax.Names.Data;

/// <summary>A place of <c>gazetteer.yaml</c>: canonical name, type, country and every other spelling.</summary>
public sealed class Place
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "city";
    public string? Country { get; set; }
    public List<string> Variants { get; set; } = [];
    public List<string> Adjectives { get; set; } = [];

    /// <summary>The name and every variant.</summary>
    public IEnumerable<string> Names => Variants.Prepend(Name);
}

/// <summary>Schema of <c>gazetteer.yaml</c>.</summary>
public sealed class Gazetteer
{
    public List<Place> Places { get; set; } = [];
}

/// <summary>Schema of <c>titles.yaml</c>.</summary>
public sealed class TitleList
{
    public List<string> Titles { get; set; } = [];
}

/// <summary>Schema of <c>honorifics.yaml</c>: groups of spellings of one honorific.</summary>
public sealed class HonorificList
{
    public List<List<string>> Honorifics { get; set; } = [];
}

/// <summary>Schema of <c>name_particles.yaml</c>.</summary>
public sealed class ParticleList
{
    public List<string> Articles { get; set; } = [];
    public List<List<string>> Connectors { get; set; } = [];
    public List<string> European { get; set; } = [];
}

/// <summary>Schema of <c>organisation_cues.yaml</c>.</summary>
public sealed class OrganisationCues
{
    public List<string> Organisation { get; set; } = [];
    public List<string> Outlet { get; set; } = [];
    public List<string> Place { get; set; } = [];
    public List<string> PlacePrefixes { get; set; } = [];
}

/// <summary>A known organisation of <c>organisations.yaml</c> with its acronyms and names in several languages.</summary>
public sealed class KnownOrganisation
{
    public string Name { get; set; } = "";
    public List<string> Acronyms { get; set; } = [];
    public List<string> Names { get; set; } = [];

    /// <summary>Canonical name, other names and acronyms.</summary>
    public IEnumerable<string> AllNames => Names.Prepend(Name).Concat(Acronyms);
}

/// <summary>Schema of <c>organisations.yaml</c>.</summary>
public sealed class OrganisationList
{
    public List<KnownOrganisation> Organisations { get; set; } = [];
}

/// <summary>Schema of <c>name_cues.yaml</c>.</summary>
public sealed class NameCues
{
    public List<string> Alias { get; set; } = [];
    public List<string> PlaceBefore { get; set; } = [];
    public List<string> PlacePrepositions { get; set; } = [];
    public List<string> PersonAfter { get; set; } = [];
    public List<string> Byline { get; set; } = [];
    public List<string> NotNames { get; set; } = [];
}

/// <summary>One spelling rule of <c>transliteration.yaml</c> with an example pair it makes equal.</summary>
public sealed class TransliterationRule
{
    public string Name { get; set; } = "";
    public string Pattern { get; set; } = "";
    public string Replace { get; set; } = "";
    public List<string> Example { get; set; } = [];
}

/// <summary>How far the vowels of two names may differ when their consonants agree.</summary>
public sealed class VowelTolerance
{
    public string Name { get; set; } = "vowel";
    public int MinConsonants { get; set; } = 3;
    public int MaxEdits { get; set; } = 1;
    public List<string> Example { get; set; } = [];
}

/// <summary>Schema of <c>transliteration.yaml</c>.</summary>
public sealed class TransliterationFile
{
    public List<TransliterationRule> Rules { get; set; } = [];
    public VowelTolerance VowelTolerance { get; set; } = new();
}

/// <summary>Schema of <c>cyrillic.yaml</c>.</summary>
public sealed class CyrillicTable
{
    public Dictionary<string, string> Letters { get; set; } = [];
    public Dictionary<string, string> Endings { get; set; } = [];
}

/// <summary>Schema of <c>arabic_skeleton.yaml</c>.</summary>
public sealed class ArabicSkeletonTable
{
    public int MinConsonants { get; set; } = 3;
    public List<string> Proclitics { get; set; } = [];
    public string Article { get; set; } = "ال";
    public Dictionary<string, string> Letters { get; set; } = [];
}

/// <summary>Schema of <c>aliases.yaml</c> (corpus folder): spellings pinned together or kept apart.</summary>
public sealed class AliasFile
{
    public List<List<string>> Pin { get; set; } = [];
    public List<List<string>> Forbid { get; set; } = [];
}

/// <summary>Schema of <c>first_name_equivalents.yaml</c>: groups of spellings of one first name across languages.</summary>
public sealed class FirstNameEquivalents
{
    public List<List<string>> Groups { get; set; } = [];
}
