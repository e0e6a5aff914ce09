using Parallax.Names.Keys;

namespace Parallax.Names.Extraction;

/// <summary>
/// Keeps a lone capitalised word as a person when it is the surname of a full name of the same article
/// ("Qaddafi" after "Moammar Qaddafi"), compared by transliteration key, so spelling variants and ALL-CAPS headlines count.
/// </summary>
public sealed class LoneNameResolver(NameLexicon lexicon, NameMatcher matcher)
{
    /// <summary>The pending words that are surnames of the given person mentions.</summary>
    public IEnumerable<Mention> Resolve(string text, IEnumerable<Mention> persons, IEnumerable<(int Start, int End)> pending)
    {
        var surnames = persons.Select(m => m.Text).Distinct(StringComparer.Ordinal).Select(matcher.Parse).Where(n => n.Tokens.Count >= 2).Select(n => n.Tokens[^1]).ToList();
        if (surnames.Count == 0) yield break;
        foreach (var (s, e) in pending)
        {
            var word = text[s..e];
            if (lexicon.Honorific(word) is not null) continue;
            var key = matcher.Keys.Of(StripArticle(word));
            if (surnames.Any(sn => matcher.TokensMatch(sn.Key, key) is not null))
                yield return new Mention(s, e, word, MentionKind.Person);
        }
    }

    private string StripArticle(string word)
    {
        int h = word.AsSpan().IndexOfAny('-', '‐');
        return h > 0 && lexicon.IsArticle(word[..h]) ? word[(h + 1)..] : word;
    }
}
