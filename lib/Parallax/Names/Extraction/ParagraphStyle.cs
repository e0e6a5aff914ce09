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
        int letters = 0, caps = 0, capitalised = 0;
        // a capitalised function word after the first word is the mark of Title Case ("Killed In Syria")
        bool capitalFunctionWord = false;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!HasLetter(w.Text) || w.IsCaseless) continue;
            bool upper = char.IsUpper(w.Text[0]);
            if (letters > 0 && !capitalFunctionWord && upper && w.Text.Length <= 4 && !w.IsAllCaps && lexicon.NotNames.Contains(w.Folded))
                capitalFunctionWord = true;
            letters++;
            if (w.IsAllCaps) caps++;
            if (upper) capitalised++;
        }
        if (letters < 3) return ParagraphStyle.Sentence;
        if (caps >= letters * 0.8) return ParagraphStyle.AllCaps;
        if (letters >= 4 && capitalised >= letters * 0.75 && capitalFunctionWord) return ParagraphStyle.TitleCase;
        if (capitalised == letters && letters >= 5) return ParagraphStyle.TitleCase;
        return ParagraphStyle.Sentence;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
