using Parallax.Text;

namespace Parallax.Frames;

/// <summary>The sentence around an offset of an article: what chart hover text shows behind a cell.</summary>
public static class SentenceText
{
    private static readonly Lazy<SentenceSplitter> Splitter = new(() => SentenceSplitter.For(KitData.For(null)));

    /// <summary>Longest sentence shown; longer ones are cut with an ellipsis.</summary>
    public const int MaxLength = 300;

    /// <summary>The sentence containing <paramref name="offset"/> (its paragraph when it cannot be split), cut at <see cref="MaxLength"/>.</summary>
    public static string At(Article article, int offset)
    {
        var text = article.Text;
        if (text.Length == 0) return "";
        offset = Math.Clamp(offset, 0, text.Length - 1);
        var p = article.Paragraphs.FirstOrDefault(p => p.Start <= offset && offset < p.End);
        var (start, end) = p is null ? (0, text.Length) : (p.Start, p.End);
        foreach (var (s, e) in Splitter.Value.Split(text, start, end))
            if (s <= offset && offset < e) return Cut(text[s..e]);
        return Cut(text[start..end].Trim());
    }

    /// <summary>Text cut to at most <paramref name="max"/> characters (ellipsis added), never inside a surrogate pair.</summary>
    public static string Cut(string text, int max = MaxLength)
    {
        if (text.Length <= max) return text;
        int n = max - 1;
        if (char.IsHighSurrogate(text[n - 1])) n--;
        return text[..n] + "…";
    }
}
