namespace Parallax.Names.Extraction;

/// <summary>
/// Finds runs of capitalised words in a paragraph. A run goes on over spaces and one hard line wrap, over lower-case
/// particles and connectors between capitals ("Saif al-Islam", "Corps of the Guardians"), over the dot of a title
/// abbreviation or an initial ("Gen. Esmail", "George W. Bush"); it stops at other punctuation and after a possessive.
/// </summary>
public sealed class CandidateFinder(NameLexicon lexicon)
{
    /// <summary>Runs over words not yet <paramref name="taken"/>. In Title Case and ALL CAPS lines every run is one word.</summary>
    public IEnumerable<CandidateRun> Find(IReadOnlyList<NameWord> words, bool[] taken, ParagraphStyle style)
    {
        int i = 0;
        while (i < words.Count)
        {
            if (taken[i] || !Starts(words[i], style)) { i++; continue; }
            int last = i;
            if (style == ParagraphStyle.Sentence)
            {
                while (true)
                {
                    if (words[last].Possessive) break;
                    int next = last + 1;
                    if (next >= words.Count || taken[next]) break;
                    if (Joins(words[last], words[next]) && IsNamePart(words[next])) { last = next; continue; }
                    // a lower-case connector (or two: "de la") between two capitalised words
                    int k = next;
                    while (k < words.Count && k - next < 2 && !taken[k] && IsConnector(words[k]) && Joins(words[k - 1], words[k])) k++;
                    if (k > next && k < words.Count && !taken[k] && Joins(words[k - 1], words[k]) && IsNamePart(words[k])) { last = k; continue; }
                    break;
                }
            }
            yield return new CandidateRun(i, last - i + 1);
            i = last + 1;
        }
    }

    private bool Starts(NameWord w, ParagraphStyle style) =>
        w.IsCapitalised && !w.HasDigit && !w.IsCaseless && (style == ParagraphStyle.AllCaps || !w.IsAllCaps || w.Text.Length == 1);

    private static bool IsNamePart(NameWord w) => w.IsCapitalised && !w.HasDigit && !w.IsAllCaps;

    private bool IsConnector(NameWord w) =>
        !w.IsCapitalised && (lexicon.Connecting.Contains(w.Text) || lexicon.European.Contains(w.Text) || w.Text is "al" or "el" or "ul");

    // adjacent words, or a title abbreviation / initial followed by its dot
    private bool Joins(NameWord prev, NameWord next)
    {
        if (next.Adjacent) return true;
        var gap = next.GapBefore.Trim();
        if (gap != ".") return false;
        return prev.Text.Length == 1 && char.IsUpper(prev.Text[0]) || prev.Text.Length <= 5 && lexicon.Titles.Contains(prev.Text + ".");
    }
}
