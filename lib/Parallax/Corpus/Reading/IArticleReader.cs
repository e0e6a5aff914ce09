namespace Parallax.Loading;

/// <summary>Reads one file format into articles.</summary>
public interface IArticleReader
{
    /// <summary>File extensions this reader takes, lower case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>The articles in a decoded file. Malformed content is a <see cref="CorpusException"/> naming file and line.</summary>
    IEnumerable<RawArticle> Read(string file, string text, ICollection<CorpusWarning> warnings);
}

/// <summary>The readers the loader knows, by extension.</summary>
public static class ArticleReaders
{
    public static IReadOnlyList<IArticleReader> All { get; } =
        [new TextArticleReader(), new MarkdownArticleReader(), new HtmlArticleReader(), new JsonlArticleReader()];

    /// <summary>The reader for a file name, or null when the extension is not an article format.</summary>
    public static IArticleReader? For(string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(r => r.Extensions.Contains(ext));
    }

    /// <summary>Article id for a file: its name without extension.</summary>
    public static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);
}
