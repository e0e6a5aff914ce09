namespace Parallax.Loading;

/// <summary>One language's profile in <c>languages.yaml</c>.</summary>
public sealed class LanguageProfile
{
    /// <summary>Writing system: latin, cyrillic, arabic, greek, hebrew, devanagari, hangul, kana, han, thai.</summary>
    public string Script { get; set; } = "latin";
    /// <summary>Frequent function words, lower case.</summary>
    public List<string> Stopwords { get; set; } = [];
    /// <summary>Letters frequent in this language and rare in its neighbours.</summary>
    public string Letters { get; set; } = "";
}

/// <summary>The contents of <c>languages.yaml</c>.</summary>
public sealed class LanguageProfiles
{
    public Dictionary<string, LanguageProfile> Languages { get; set; } = [];

    /// <summary>The kit's profiles with the corpus folder's added (a user language replaces the kit's profile of that code).</summary>
    public static LanguageProfiles For(KitData data) => data.Load<LanguageProfiles>("languages.yaml", (kit, user) =>
    {
        var all = new Dictionary<string, LanguageProfile>(kit.Languages);
        foreach (var (code, p) in user.Languages) all[code] = p;
        return new LanguageProfiles { Languages = all };
    });
}
