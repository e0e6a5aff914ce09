namespace Parallax.Names.Extraction;

/// <summary>
/// Names in scripts without capitals (Arabic, Persian, Urdu): a title or honorific followed by one to three words,
/// or a known first name followed by a surname (and a particle and word: "محمد بن سلمان"); function words end a name.
/// </summary>
public sealed class CaselessNameFinder(NameLexicon lexicon)
{
    public IEnumerable<FoundName> Find(IReadOnlyList<NameWord> words, bool[] taken)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (taken[i] || !words[i].IsCaseless) continue;
            string? title = null;
            int start = i;
            if (lexicon.Titles.Match(words, i, anyCase: true) is { } t && i + t.Length < words.Count)
            {
                title = string.Join(' ', Enumerable.Range(i, t.Length).Select(k => words[k].Text));
                start = i + t.Length;
            }
            // adjectives of origin between a title and the name ("رئيس الوزراء اللبناني نجيب ميقاتي")
            while (title is not null && start + 1 < words.Count && IsNisba(words[start].Text) && !lexicon.FirstNames.Contains(words[start].Folded)) start++;
            while (start < words.Count && lexicon.Honorific(words[start].Text) is not null && words[start].Adjacent) start++;
            bool honorific = start > i && title is null;
            if (start >= words.Count || taken[start] || !NameLike(words[start])) continue;
            bool first = lexicon.FirstNames.Contains(words[start].Folded);
            if (title is null && !honorific && !first) continue;
            int end = start;
            int max = first ? 2 : 3;
            while (end + 1 < words.Count && end - start + 1 < max && !taken[end + 1] && words[end + 1].Adjacent && NameLike(words[end + 1]))
            {
                end++;
                if (lexicon.Connectors.ContainsKey(words[end].Folded) && end + 1 < words.Count && NameLike(words[end + 1])) { end++; }
            }
            // compounds with "الله" ("نصر الله", "عبد الله") keep their second word
            if (end + 1 < words.Count && words[end + 1].Text == "الله" && words[end + 1].Adjacent) end++;
            if (end == start && first && title is null && !honorific) continue; // a first name alone
            yield return new FoundName(honorific ? i : start, end, MentionKind.Person, title);
            i = end;
        }
    }

    // "اللبناني", "الإيراني": the article and a final ي make an adjective of origin
    private static bool IsNisba(string w) => w.StartsWith("ال", StringComparison.Ordinal) && w.EndsWith('ي') && w.Length > 4;

    private bool NameLike(NameWord w) => w.IsCaseless && !lexicon.NotNames.Contains(w.Folded) && w.Text.Length >= 2;
}
