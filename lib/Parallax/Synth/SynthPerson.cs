namespace Parallax.Synth;

/// <summary>
/// An invented person: given name, family name, whether the family name takes the Arabic article, whether the
/// person is given an honorific (Haji, Haj...). Outlets spell the parts with their own style.
/// </summary>
public sealed record SynthPerson(string Given, string Family, bool ArabicArticle, bool Honoured)
{
    /// <summary>The unstyled name, which identifies the person.</summary>
    public string Canonical => ArabicArticle ? $"{Given} al-{Family}" : $"{Given} {Family}";

    public string Id => "person:" + OutletPool.Slug(Canonical);

    /// <summary>Full name as an outlet writes it (with its honorific when the person is honoured).</summary>
    public string Full(SpellingStyle style)
    {
        var name = $"{style.Spell(Given)} {FamilyIn(style)}";
        return Honoured && style.Honorific is { } h ? $"{h} {name}" : name;
    }

    /// <summary>The short form used after the first mention.</summary>
    public string Short(SpellingStyle style) =>
        Honoured && style.Honorific is { } h && style.ShortByHonorific ? $"{h} {style.Spell(Given)}"
        : ArabicArticle && style.ArticleInShort ? FamilyIn(style)
        : style.Spell(Family);

    private string FamilyIn(SpellingStyle style) =>
        ArabicArticle ? style.ArabicArticle + style.Spell(Family) : style.Spell(Family);

    /// <summary>A new invented person.</summary>
    public static SynthPerson Make(ref SynthRandom r, SynthPeopleFile people)
    {
        bool arabic = r.Chance(0.35);
        var given = r.Pick(people.Given);
        var family = arabic ? r.Pick(people.ArabicFamily) : r.Pick(people.FamilyStart) + r.Pick(people.FamilyEnd);
        return new SynthPerson(given, family, arabic, r.Chance(0.3));
    }
}
