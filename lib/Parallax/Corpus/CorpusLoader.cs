namespace Parallax;

/// <summary>Reads a corpus folder. (Minimal version: .txt files; richer formats follow.)</summary>
internal static class CorpusLoader
{
    public static Corpus Load(string folder, CorpusOptions options)
    {
        if (!Directory.Exists(folder))
            throw new CorpusException(folder, "corpus folder not found");
        var root = Path.GetFullPath(folder);
        var warnings = new List<CorpusWarning>();
        var ignored = new List<string>();
        var articles = new List<Article>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) { ignored.Add(rel); continue; }
            var text = Parallax.Text.TextNormalizer.Normalize(File.ReadAllText(path));
            var paragraphs = ParagraphSplitter.Split(text).Select(s => new Paragraph(s.Start, s.End, ParagraphRole.Body)).ToList();
            articles.Add(new Article(Path.GetFileNameWithoutExtension(path), rel, text, null, 0, new ArticleMetadata(), paragraphs));
        }
        return new Corpus(root, articles, warnings, ignored);
    }
}
