using Parallax.Names.Keys;
using Parallax.Text;

namespace Parallax.Names.Extraction;

/// <summary>
/// Keeps a lone capitalised word as a person when it is the surname of a full name of the same article
/// ("Qaddafi" after "Moammar Qaddafi"), compared by transliteration key, so spelling variants and ALL-CAPS headlines count.
/// </summary>
public sealed class LoneNameResolver(NameLexicon lexicon, NameMatcher matcher)
{
    // names recur across articles: the surname of a person mention, and whether a word is a surname's spelling
    private readonly LookupMemo<string, NameToken?> _surnameOf = new(p => Surname(matcher, p), comparer: StringComparer.Ordinal);
    // (a name token's key is the key of its text)
    private readonly LookupMemo<(string Surname, string Word), bool> _sameName =
        new(x => matcher.TokensMatch(matcher.Keys.Of(x.Surname), matcher.Keys.Of(x.Word)) is not null);

    /// <summary>The pending words that are surnames of the given person mentions.</summary>
    public IEnumerable<Mention> Resolve(string text, IEnumerable<Mention> persons, IEnumerable<(int Start, int End)> pending)
    {
        var surnames = persons.Select(m => m.Text).Distinct(StringComparer.Ordinal).Select(p => _surnameOf[p]).OfType<NameToken>().ToList();
        if (surnames.Count == 0) yield break;
        foreach (var (s, e) in pending)
        {
            var word = text[s..e];
            if (lexicon.Honorific(word) is not null) continue;
            var bare = StripArticle(word);
            if (surnames.Any(sn => _sameName[(sn.Text, bare)]))
                yield return new Mention(s, e, word, MentionKind.Person);
        }
    }

    // the last word of a full name (null for a single word)
    private static NameToken? Surname(NameMatcher matcher, string person)
    {
        var tokens = matcher.Parse(person).Tokens;
        return tokens.Count >= 2 ? tokens[^1] : null;
    }

    private string StripArticle(string word)
    {
        int h = word.AsSpan().IndexOfAny('-', '‐');
        return h > 0 && lexicon.IsArticle(word[..h]) ? word[(h + 1)..] : word;
    }
}
