namespace Parallax.Loading;

/// <summary>Whether a paragraph repeats the title: same words ignoring case and punctuation, or the title plus a short tail ("| Outlet").</summary>
public static class TitleMatch
{
    public static bool Same(string paragraph, string title)
    {
        var p = Words(paragraph);
        var t = Words(title);
        if (t.Count == 0 || p.Count == 0) return false;
        if (p.SequenceEqual(t)) return true;
        if (p.Count > t.Count && p.Count - t.Count <= 4 && p.Take(t.Count).SequenceEqual(t)) return true;
        var ps = p.ToHashSet();
        var ts = t.ToHashSet();
        double jaccard = (double)ps.Intersect(ts).Count() / ps.Union(ts).Count();
        return jaccard >= 0.85 && Math.Abs(p.Count - t.Count) <= Math.Max(1, t.Count / 5);
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
