using Parallax.Loading;

namespace Parallax;

/// <summary>
/// Reads a corpus folder: every article file (.txt, .md, .html/.htm, .jsonl), the manifest (corpus.yaml and/or
/// corpus.csv), then resolves metadata and paragraph roles. Never writes into the folder.
/// </summary>
internal static class CorpusLoader
{
    public static Corpus Load(string folder, CorpusOptions options)
    {
        if (!Directory.Exists(folder))
            throw new CorpusException(folder, File.Exists(folder) ? "is a file, not a corpus folder" : "corpus folder not found");
        var root = Path.GetFullPath(folder);
        var warnings = new List<CorpusWarning>();
        var ignored = new List<string>();
        var manifest = options.UseManifest ? ReadManifest(root, warnings) : CorpusManifest.Empty;
        var builder = ArticleBuilder.For(KitData.For(root));
        var config = ConfigFiles();
        var articles = new List<Article>();
        foreach (var rel in CorpusFiles.List(root, warnings))
        {
            if (!rel.Contains('/') && config.Contains(rel)) continue;
            if (ArticleReaders.For(rel) is not { } reader) { ignored.Add(rel); continue; }
            var path = Path.Combine(root, rel);
            if (FileContent.Read(path, rel, options, warnings) is not { } text) continue;
            foreach (var raw in reader.Read(rel, text, warnings))
                articles.Add(builder.Build(raw, manifest.FieldsFor(rel, raw.Id)));
        }
        CheckIds(articles);
        warnings.AddRange(DuplicateFinder.Find(articles));
        foreach (var e in manifest.Unmatched(articles.Select(a => (a.File, a.Id))))
            warnings.Add(new CorpusWarning(e.SourceFile, e.Line, $"entry '{e.Pattern}' matches no article"));
        return new Corpus(root, articles, warnings, ignored);
    }

    /// <summary>Names of the corpus folder's configuration files: manifests and extensions of the kit's data files.</summary>
    public static HashSet<string> ConfigFiles() =>
        new([YamlManifestReader.FileName, CsvManifestReader.FileName, .. KitData.EmbeddedNames()], StringComparer.OrdinalIgnoreCase);

    private static CorpusManifest ReadManifest(string root, List<CorpusWarning> warnings)
    {
        var entries = new List<ManifestEntry>();
        var yaml = Path.Combine(root, YamlManifestReader.FileName);
        var csv = Path.Combine(root, CsvManifestReader.FileName);
        if (File.Exists(yaml)) entries.AddRange(YamlManifestReader.Read(root, yaml, warnings));
        if (File.Exists(csv)) entries.AddRange(CsvManifestReader.Read(root, csv, warnings));
        return new CorpusManifest(entries);
    }

    private static void CheckIds(List<Article> articles)
    {
        foreach (var g in articles.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = g.Select(a => a.File).Distinct().ToList();
            var where = files.Count > 1 ? string.Join(" and ", files) : files[0] + $" ({g.Count()} times)";
            throw new CorpusException(files[0], $"duplicate article id '{g.Key}' in {where}", field: "id");
        }
    }
}
