namespace Parallax.Names.Extraction;

/// <summary>
/// Makes one organisation of the name written before an acronym in parentheses when the acronym spells its words'
/// initials ("United Nations Interim Force in Lebanon (UNIFIL)"): the shortest span of capitalised words and connectors
/// before the parenthesis whose first word starts with the acronym's first letter and whose initials contain all its
/// letters in order. Mentions inside the span are replaced by the organisation.
/// </summary>
public sealed class AcronymSpanMerger(NameLexicon lexicon)
{
    public void Merge(string text, IReadOnlyList<NameWord> words, List<Mention> mentions)
    {
        for (int i = 1; i < words.Count; i++)
        {
            var acr = words[i];
            if (!acr.IsAllCaps || acr.GapBefore.Trim() != "(" || acr.End >= text.Length || text[acr.End] != ')') continue;
            var letters = acr.Text.Where(char.IsLetter).Select(char.ToUpperInvariant).ToList();
            if (letters.Count < 3) continue;
            for (int start = i - 1; start >= Math.Max(0, i - 10); start--)
            {
                var w = words[start];
                if (start < i - 1 && !words[start + 1].Adjacent) break;
                if (!(w.IsCapitalised || lexicon.Connecting.Contains(w.Text) || lexicon.European.Contains(w.Text))) break;
                if (w.Possessive && start < i - 1) break;
                if (!w.IsCapitalised || char.ToUpperInvariant(w.Text[0]) != letters[0]) continue;
                if (!Spells(words, start, i - 1, letters)) continue;
                int s = words[start].Start, e = words[i - 1].End;
                if (mentions.Any(m => m.Start == s && m.End == e)) break;
                if (mentions.Any(m => m.Kind == MentionKind.Person && m.Start < e && s < m.End)) break;
                mentions.RemoveAll(m => m.Start >= s && m.End <= e);
                if (mentions.Any(m => m.Start < e && s < m.End)) break;
                mentions.Add(new Mention(s, e, text[s..e], MentionKind.Organisation));
                break;
            }
        }
    }

    private static bool Spells(IReadOnlyList<NameWord> words, int from, int to, List<char> letters)
    {
        int j = 0;
        for (int k = from; k <= to && j < letters.Count; k++)
            if (char.ToUpperInvariant(words[k].Text[0]) == letters[j]) j++;
        return j == letters.Count && char.ToUpperInvariant(words[to].Text[0]) == letters[^1];
    }
}
