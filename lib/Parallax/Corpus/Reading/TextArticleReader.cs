namespace Parallax.Loading;

/// <summary>Plain text: the whole file is the article; each non-blank line is a paragraph.</summary>
public sealed class TextArticleReader : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public IEnumerable<RawArticle> Read(string file, string text, ICollection<CorpusWarning> warnings)
    {
        yield return new RawArticle(ArticleReaders.IdOf(file), file, null, Parallax.Text.TextNormalizer.Normalize(text), null,
            new Dictionary<string, string?>());
    }
}
