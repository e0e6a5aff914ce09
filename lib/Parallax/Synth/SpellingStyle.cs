using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Parallax.Synth;

/// <summary>A compiled spelling rule.</summary>
public sealed record SpellingRule(string Id, Regex From, string To, IReadOnlyList<string> Languages, double Share);

/// <summary>
/// How one outlet writes in one language: which spelling rules it applies to names, how it writes the Arabic article
/// and honorifics, which short form it uses for people, its quote marks and date style. Derived from the outlet's
/// name, so an outlet spells consistently and outlets differ.
/// </summary>
public sealed class SpellingStyle
{
    private readonly IReadOnlyList<SpellingRule> _rules;
    private readonly ConcurrentDictionary<string, string> _spelled = new(StringComparer.Ordinal);

    public SpellingStyle(string outletName, string language, SynthWorld world)
    {
        Language = language;
        var r = new SynthRandom(SynthRandom.Hash(outletName + "|" + language));
        var enabled = world.SpellingRules.Select(x => x.Id).Distinct()
            .Where(id => world.SpellingRules.First(x => x.Id == id) is var rule && rule.Languages.Contains(language)
                         && new SynthRandom(SynthRandom.Hash(outletName + "|" + language + "|" + id)).Unit() < rule.Share)
            .ToHashSet();
        _rules = world.SpellingRules.Where(x => enabled.Contains(x.Id)).ToList();
        RuleIds = enabled.Order(StringComparer.Ordinal).ToList();
        var articles = world.Spelling.Articles.GetValueOrDefault(language) ?? ["al-"];
        ArabicArticle = r.Pick(articles);
        Honorific = r.Chance(0.6) ? r.Pick(world.People.Honorifics) : null;
        ShortByHonorific = r.Chance(0.25);
        ArticleInShort = r.Chance(0.5);
        (QuoteOpen, QuoteClose) = language == "fr" ? ("« ", " »") : r.Chance(0.5) ? ("\"", "\"") : ("“", "”");
        DateStyle = r.Below(3);
        PlaceSalt = r.Next();
    }

    public string Language { get; }
    public IReadOnlyList<string> RuleIds { get; }
    public string ArabicArticle { get; }
    /// <summary>The honorific this outlet puts before honoured names, or null when it drops it.</summary>
    public string? Honorific { get; }
    public bool ShortByHonorific { get; }
    public bool ArticleInShort { get; }
    public string QuoteOpen { get; }
    public string QuoteClose { get; }
    public int DateStyle { get; }
    public ulong PlaceSalt { get; }

    /// <summary>One name word as this outlet spells it.</summary>
    public string Spell(string word) => _rules.Count == 0 ? word : _spelled.GetOrAdd(word, w =>
    {
        foreach (var rule in _rules) w = rule.From.Replace(w, rule.To);
        return w;
    });
}
