namespace Parallax.Attribution;

/// <summary>Schema of <c>attribution_cues.yaml</c>: cue lists and a small grammar per language.</summary>
public sealed class AttributionCueList
{
    public Dictionary<string, LanguageCueList> Languages { get; set; } = [];

    /// <summary>Appends the user's lists to the kit's, language by language.</summary>
    public static AttributionCueList Merge(AttributionCueList kit, AttributionCueList user)
    {
        var merged = new AttributionCueList { Languages = new(kit.Languages) };
        foreach (var (lang, cues) in user.Languages)
            merged.Languages[lang] = merged.Languages.TryGetValue(lang, out var k) ? LanguageCueList.Concat(k, cues) : cues;
        return merged;
    }
}

/// <summary>The cue lists of one language (see the comments in <c>attribution_cues.yaml</c>).</summary>
public sealed class LanguageCueList
{
    public List<string> Verbs { get; set; } = [];
    public List<string> Continuations { get; set; } = [];
    public List<string> AsVerbs { get; set; } = [];
    public List<string> Prepositions { get; set; } = [];
    public List<string> Citing { get; set; } = [];
    public List<string> Quoting { get; set; } = [];
    public List<string> Saying { get; set; } = [];
    public List<string> Passives { get; set; } = [];
    public List<string> Spread { get; set; } = [];
    public List<string> Credits { get; set; } = [];
    public List<string> BlockAnnouncers { get; set; } = [];
    public List<string> Hearsay { get; set; } = [];
    public List<string> Unsourced { get; set; } = [];
    public List<string> NotCues { get; set; } = [];
    public Dictionary<string, List<string>> Grammar { get; set; } = [];

    internal static LanguageCueList Concat(LanguageCueList a, LanguageCueList b) => new()
    {
        Verbs = [.. a.Verbs, .. b.Verbs], Continuations = [.. a.Continuations, .. b.Continuations], AsVerbs = [.. a.AsVerbs, .. b.AsVerbs],
        Prepositions = [.. a.Prepositions, .. b.Prepositions], Citing = [.. a.Citing, .. b.Citing], Quoting = [.. a.Quoting, .. b.Quoting],
        Saying = [.. a.Saying, .. b.Saying], Passives = [.. a.Passives, .. b.Passives], Spread = [.. a.Spread, .. b.Spread],
        Credits = [.. a.Credits, .. b.Credits], BlockAnnouncers = [.. a.BlockAnnouncers, .. b.BlockAnnouncers], Hearsay = [.. a.Hearsay, .. b.Hearsay], Unsourced = [.. a.Unsourced, .. b.Unsourced], NotCues = [.. a.NotCues, .. b.NotCues],
        Grammar = a.Grammar.Keys.Union(b.Grammar.Keys).ToDictionary(k => k,
            k => (a.Grammar.GetValueOrDefault(k) ?? []).Concat(b.Grammar.GetValueOrDefault(k) ?? []).ToList()),
    };
}

/// <summary>The compiled cue lists and grammar words of one language.</summary>
public sealed class CueLexicon
{
    public CueLexicon(string language, LanguageCueList l)
    {
        Language = language;
        Verbs = new(l.Verbs); Continuations = new(l.Continuations); AsVerbs = new(l.AsVerbs); Prepositions = new(l.Prepositions);
        Citing = new(l.Citing); Quoting = new(l.Quoting); Saying = new(l.Saying); Passives = new(l.Passives); Spread = new(l.Spread);
        Credits = new(l.Credits); BlockAnnouncers = new(l.BlockAnnouncers); Hearsay = new(l.Hearsay); Unsourced = new(l.Unsourced);
        PhraseSet G(string name) => new(l.Grammar.GetValueOrDefault(name) ?? []);
        Determiners = G("determiners"); Quantifiers = G("quantifiers"); Auxiliaries = G("auxiliaries"); Habitual = G("habitual");
        Complementizers = G("complementizers"); Be = G("be"); By = G("by"); As = G("as"); Inner = G("inner"); And = G("and");
        Boundaries = G("boundaries"); Stops = G("stops"); TimeWords = G("time_words"); PersonPronouns = G("person_pronouns");
        ThingPronouns = G("thing_pronouns"); PluralPronouns = G("plural_pronouns"); SelfPronouns = G("self_pronouns");
        ObjectPronouns = G("object_pronouns"); AppositiveOpeners = G("appositive_openers"); CliticSubjects = G("clitic_subjects");
        RelativeHeads = G("relative_heads"); NamePrefixes = G("name_prefixes"); Contrasts = G("contrasts"); PostModifiers = G("post_modifiers"); NotCues = new(l.NotCues);
        ParticipleEndings = l.Grammar.GetValueOrDefault("participle_endings") ?? [];
        MasculineWords = G("masculine_words"); FeminineWords = G("feminine_words");
        _cueStarts = new[] { Unsourced, Hearsay, Prepositions, Citing, Continuations, Quoting, Passives, Spread, Credits, AsVerbs, Verbs }
            .SelectMany(set => set.FirstWords).ToHashSet(StringComparer.Ordinal);
    }

    private readonly HashSet<string> _cueStarts;

    /// <summary>True when a folded word is the first word of some cue (verbs, prepositions, citing, quoting, passives,
    /// spread, credits, hearsay, unsourced, continuations): no cue starts at any other word.</summary>
    public bool MayStartCue(string folded) => _cueStarts.Contains(folded);

    public string Language { get; }
    public PhraseSet Verbs { get; }
    public PhraseSet Continuations { get; }
    public PhraseSet AsVerbs { get; }
    public PhraseSet Prepositions { get; }
    public PhraseSet Citing { get; }
    public PhraseSet Quoting { get; }
    public PhraseSet Saying { get; }
    public PhraseSet Passives { get; }
    public PhraseSet Spread { get; }
    public PhraseSet Credits { get; }
    public PhraseSet BlockAnnouncers { get; }
    public PhraseSet Hearsay { get; }
    public PhraseSet Unsourced { get; }
    public PhraseSet Determiners { get; }
    public PhraseSet Quantifiers { get; }
    public PhraseSet Auxiliaries { get; }
    public PhraseSet Habitual { get; }
    public PhraseSet Complementizers { get; }
    public PhraseSet Be { get; }
    public PhraseSet By { get; }
    public PhraseSet As { get; }
    public PhraseSet Inner { get; }
    public PhraseSet And { get; }
    public PhraseSet Boundaries { get; }
    public PhraseSet Stops { get; }
    public PhraseSet TimeWords { get; }
    public PhraseSet PersonPronouns { get; }
    public PhraseSet ThingPronouns { get; }
    public PhraseSet PluralPronouns { get; }
    public PhraseSet SelfPronouns { get; }
    public PhraseSet ObjectPronouns { get; }
    public PhraseSet AppositiveOpeners { get; }
    public PhraseSet CliticSubjects { get; }
    /// <summary>Nouns a clause can follow without "that" ("the reasons the government gave"): no source starts after them.</summary>
    public PhraseSet RelativeHeads { get; }
    /// <summary>Lower-case particles joined to a name by a hyphen ("al-", "el-", "ben-").</summary>
    public PhraseSet NamePrefixes { get; }
    /// <summary>Conjunctions joining two verbs of one subject besides "and" ("but", "mais").</summary>
    public PhraseSet Contrasts { get; }
    /// <summary>Phrases that continue a source after its head ("familiar with", "close to", "proches de").</summary>
    public PhraseSet PostModifiers { get; }
    /// <summary>Phrases that look like cues but are not ("selon toute vraisemblance", "according to plan").</summary>
    public PhraseSet NotCues { get; }
    /// <summary>Endings of past participles that need an auxiliary to report speech (French "-é", "-u", "-is").</summary>
    public IReadOnlyList<string> ParticipleEndings { get; }
    /// <summary>Determiners and pronouns that mark a masculine or feminine phrase, for resolving il/elle.</summary>
    public PhraseSet MasculineWords { get; }
    public PhraseSet FeminineWords { get; }

    /// <summary>True for a subject pronoun (he, she, it, they, il, elle...).</summary>
    public bool IsPronoun(string w)
    {
        var f = PhraseSet.Fold(w);
        return PersonPronouns.ContainsFolded(f) || ThingPronouns.ContainsFolded(f) || PluralPronouns.ContainsFolded(f);
    }

    /// <summary>Loads every language's cues from the kit (plus the corpus folder's file).</summary>
    public static IReadOnlyDictionary<string, CueLexicon> For(KitData data) =>
        data.Load<AttributionCueList>("attribution_cues.yaml", AttributionCueList.Merge)
            .Languages.ToDictionary(kv => kv.Key, kv => new CueLexicon(kv.Key, kv.Value));
}
