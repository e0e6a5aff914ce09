namespace Parallax.Loading;

/// <summary>
/// Whether a paragraph repeats the title: same words ignoring case and punctuation, or the title plus a short tail
/// ("| Outlet"). Built once per title; paragraphs whose word count is too far from the title's are rejected by
/// counting alone.
/// </summary>
public sealed class TitleMatch
{
    private readonly List<string> _title;
    private readonly HashSet<string> _titleSet;
    private readonly int _slack;

    public TitleMatch(string title)
    {
        _title = Words(title);
        _titleSet = _title.ToHashSet();
        // the largest word-count difference any of the three tests below accepts
        _slack = Math.Max(4, Math.Max(1, _title.Count / 5));
    }

    /// <summary>True when <paramref name="paragraph"/> repeats <paramref name="title"/>.</summary>
    public static bool Same(string paragraph, string title) => new TitleMatch(title).Matches(paragraph);

    /// <summary>True when <paramref name="paragraph"/> repeats this title.</summary>
    public bool Matches(string paragraph)
    {
        var t = _title;
        int pc = t.Count == 0 ? 0 : CountWords(paragraph);
        if (t.Count == 0 || pc == 0 || Math.Abs(pc - t.Count) > _slack) return false;
        // the same words, or the title followed by a short tail
        if (pc >= t.Count && pc - t.Count <= 4 && StartsWithTitle(paragraph)) return true;
        if (Math.Abs(pc - t.Count) > Math.Max(1, t.Count / 5)) return false;
        var ps = Words(paragraph).ToHashSet();
        double jaccard = (double)ps.Intersect(_titleSet).Count() / ps.Union(_titleSet).Count();
        return jaccard >= 0.85;
    }

    // whether the paragraph's first words are the title's words, compared letter by letter without building them
    private bool StartsWithTitle(string paragraph)
    {
        int k = 0, j = 0;
        bool inWord = false;
        foreach (var c in paragraph)
        {
            if (char.IsLetterOrDigit(c))
            {
                var w = _title[k];
                if (j >= w.Length || w[j] != char.ToLowerInvariant(c)) return false;
                j++;
                inWord = true;
            }
            else if (inWord)
            {
                if (j != _title[k].Length) return false;
                if (++k == _title.Count) return true;
                j = 0;
                inWord = false;
            }
        }
        return inWord && j == _title[k].Length && k + 1 == _title.Count;
    }

    private static int CountWords(string s)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
