using System.Collections.Concurrent;
using Parallax.Names.Keys;

namespace Parallax.Names.Extraction;

/// <summary>
/// Keeps a lone capitalised word as a person when it is the surname of a full name of the same article
/// ("Qaddafi" after "Moammar Qaddafi"), compared by transliteration key, so spelling variants and ALL-CAPS headlines count.
/// </summary>
public sealed class LoneNameResolver(NameLexicon lexicon, NameMatcher matcher)
{
    // names recur across articles: the surname of a person mention, and whether a word is a surname's spelling
    private readonly ConcurrentDictionary<string, NameToken?> _surnameOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Surname, string Word), bool> _sameName = new();
    private const int MaxCached = 100_000;

    /// <summary>The pending words that are surnames of the given person mentions.</summary>
    public IEnumerable<Mention> Resolve(string text, IEnumerable<Mention> persons, IEnumerable<(int Start, int End)> pending)
    {
        var surnames = persons.Select(m => m.Text).Distinct(StringComparer.Ordinal).Select(Surname).OfType<NameToken>().ToList();
        if (surnames.Count == 0) yield break;
        foreach (var (s, e) in pending)
        {
            var word = text[s..e];
            if (lexicon.Honorific(word) is not null) continue;
            var bare = StripArticle(word);
            if (surnames.Any(sn => SameName(sn, bare)))
                yield return new Mention(s, e, word, MentionKind.Person);
        }
    }

    // the last word of a full name (null for a single word)
    private NameToken? Surname(string person)
    {
        if (_surnameOf.TryGetValue(person, out var known)) return known;
        var tokens = matcher.Parse(person).Tokens;
        var surname = tokens.Count >= 2 ? tokens[^1] : null;
        if (_surnameOf.Count < MaxCached) _surnameOf.TryAdd(person, surname);
        return surname;
    }

    private bool SameName(NameToken surname, string word)
    {
        if (_sameName.TryGetValue((surname.Text, word), out var known)) return known;
        bool same = matcher.TokensMatch(surname.Key, matcher.Keys.Of(word)) is not null;
        if (_sameName.Count < MaxCached) _sameName.TryAdd((surname.Text, word), same);
        return same;
    }

    private string StripArticle(string word)
    {
        int h = word.AsSpan().IndexOfAny('-', '‐');
        return h > 0 && lexicon.IsArticle(word[..h]) ? word[(h + 1)..] : word;
    }
}
