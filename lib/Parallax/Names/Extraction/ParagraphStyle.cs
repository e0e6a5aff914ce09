namespace Parallax.Names.Extraction;

/// <summary>How a paragraph is capitalised: ordinary sentences, Title Case (headlines) or ALL CAPS.</summary>
public enum ParagraphStyle { Sentence, TitleCase, AllCaps }

/// <summary>
/// Tells Title Case and ALL CAPS lines from running text. In those lines capitals say nothing about names, so only
/// names known from data or from the rest of the article are taken.
/// </summary>
public static class ParagraphStyleDetector
{
    public static ParagraphStyle Detect(IReadOnlyList<NameWord> words, NameLexicon lexicon)
    {
        var letters = words.Where(w => w.Text.Any(char.IsLetter) && !w.IsCaseless).ToList();
        if (letters.Count < 3) return ParagraphStyle.Sentence;
        int caps = letters.Count(w => w.IsAllCaps);
        if (caps >= letters.Count * 0.8) return ParagraphStyle.AllCaps;
        int capitalised = letters.Count(w => char.IsUpper(w.Text[0]));
        // a capitalised function word after the first word is the mark of Title Case ("Killed In Syria")
        bool capitalFunctionWord = letters.Skip(1).Any(w => char.IsUpper(w.Text[0]) && w.Text.Length <= 4
            && lexicon.NotNames.Contains(w.Folded) && !w.IsAllCaps);
        if (letters.Count >= 4 && capitalised >= letters.Count * 0.75 && capitalFunctionWord) return ParagraphStyle.TitleCase;
        if (capitalised == letters.Count && letters.Count >= 5) return ParagraphStyle.TitleCase;
        return ParagraphStyle.Sentence;
    }
}
